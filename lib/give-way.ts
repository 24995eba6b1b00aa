/**
 * Long synchronous work on the server's one thread holds up everything else waiting for it: query
 * results to read, rows still being streamed to the database, requests. A loop asks `due()` for
 * each item and awaits `giveWay()` when it says so, handing the thread over about every `sliceMs`
 * of work. It resumes from the event loop's check phase, so I/O that arrived meanwhile is handled
 * by the next give-way at the latest.
 */
export function giveWayEvery(sliceMs: number) {
  let since = performance.now();
  return {
    due: () => performance.now() - since > sliceMs,
    giveWay: async () => {
      await new Promise((resolve) => setImmediate(resolve));
      since = performance.now();
    },
  };
}
