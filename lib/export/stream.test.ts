import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { createAdmission } from "@/lib/http/admission";
import { exportResponse, keysetBatches } from "./stream";

type Row = { n: number; text: string };
const columns = [
  { header: "n", value: (r: Row) => r.n },
  { header: "text", value: (r: Row) => r.text },
];

/** `count` batches of `size` rows, recording how many were produced and whether the reader stopped it. */
function source(count: number, size = 3) {
  const seen = { produced: 0, finished: false, signal: null as AbortSignal | null };
  const batches = async function* (signal: AbortSignal) {
    seen.signal = signal;
    try {
      for (let b = 0; b < count; b++) {
        seen.produced++;
        yield Array.from({ length: size }, (_, i) => ({ n: b * size + i, text: `row ${b * size + i}` }));
      }
    } finally {
      seen.finished = true;
    }
  };
  return { seen, batches };
}

describe("exportResponse", () => {
  it("writes a CSV header and every batch, as a download", async () => {
    const { batches } = source(3);
    const res = await exportResponse({ name: "things", format: "csv", columns, batches, signal: new AbortController().signal, now: new Date("2026-12-02T09:00:00Z") });
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="things-2026-12-02.csv"');
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe("n,text");
    expect(lines.slice(1, -1)).toHaveLength(9);
    expect(lines.at(-1)).toBe("");
  });

  it("writes JSON as one array, also when there are no rows", async () => {
    const full = await exportResponse({ name: "things", format: "json", columns, batches: source(4, 2).batches, signal: new AbortController().signal });
    expect(full.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const rows = (await full.json()) as Row[];
    expect(rows.map((r) => r.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const empty = await exportResponse({ name: "things", format: "json", columns, batches: source(0).batches, signal: new AbortController().signal });
    expect(await empty.json()).toEqual([]);
    const emptyCsv = await exportResponse({ name: "things", format: "csv", columns, batches: source(0).batches, signal: new AbortController().signal });
    expect(await emptyCsv.text()).toBe("n,text\r\n");
  });

  it("reads a batch only when the client takes the bytes", async () => {
    const { seen, batches } = source(50);
    const res = await exportResponse({ name: "things", format: "csv", columns, batches, signal: new AbortController().signal });
    const reader = res.body!.getReader();
    for (let i = 0; i < 3; i++) expect((await reader.read()).done).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Header + first batch are two chunks; the stream keeps at most one batch read ahead.
    expect(seen.produced).toBeGreaterThanOrEqual(2);
    expect(seen.produced).toBeLessThanOrEqual(4);
    await reader.cancel();
  });

  it("stops reading and aborts the query's signal when the client cancels the body", async () => {
    const { seen, batches } = source(50);
    const res = await exportResponse({ name: "things", format: "csv", columns, batches, signal: new AbortController().signal });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.finished).toBe(true);
    expect(seen.produced).toBeLessThan(50);
  });

  it("stops when the request is aborted, ending the body with an error rather than a short file", async () => {
    const { seen, batches } = source(50);
    const request = new AbortController();
    const res = await exportResponse({ name: "things", format: "json", columns, batches, signal: request.signal });
    const reader = res.body!.getReader();
    await reader.read();
    request.abort();
    await expect(async () => {
      for (;;) if ((await reader.read()).done) return;
    }).rejects.toThrow();
    expect(seen.signal?.aborted).toBe(true);
    expect(seen.produced).toBeLessThan(50);
  });

  it("reads each later batch in an admission slot, pausing while the API is full rather than failing", async () => {
    const { seen, batches } = source(3);
    // No queue: a busy API refuses at once with Retry-After 1 s, and the export asks again.
    const admission = createAdmission({ maxConcurrent: 1, queueLimit: 0, queueTimeoutMs: 1000 });
    const busy = await admission.admit();
    const res = await exportResponse({ name: "things", format: "csv", columns, batches, signal: new AbortController().signal, admit: admission.admit });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    const pending = reader.read();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.produced).toBe(1);
    expect(admission.stats().shed).toBeGreaterThanOrEqual(1);
    busy();
    expect((await pending).done).toBe(false);
    expect(seen.produced).toBe(2);
    for (;;) if ((await reader.read()).done) break;
    expect(admission.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  it("turns a failure in the first batch into an error the route answers with a status", async () => {
    const failing = async function* (): AsyncGenerator<Row[]> {
      throw new ValidationError("bad cursor");
    };
    await expect(exportResponse({ name: "things", format: "csv", columns, batches: failing, signal: new AbortController().signal })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("keysetBatches", () => {
  it("reads after the last row of each batch until a short batch", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => i);
    const calls: Array<number | null> = [];
    const batches = keysetBatches(async (after: number | null, size) => {
      calls.push(after);
      return rows.filter((r) => after === null || r > after).slice(0, size);
    }, undefined, 3);
    const seen: number[][] = [];
    for await (const batch of batches) seen.push(batch);
    expect(seen).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(calls).toEqual([null, 2, 5]);
  });

  it("stops before the next query once the signal is aborted", async () => {
    const stop = new AbortController();
    let queries = 0;
    const batches = keysetBatches(async () => {
      queries++;
      return [1, 2];
    }, stop.signal, 2);
    await batches.next();
    stop.abort();
    await expect(batches.next()).rejects.toThrow();
    expect(queries).toBe(1);
  });
});
