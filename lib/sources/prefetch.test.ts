import { describe, expect, it } from "vitest";
import { prefetch } from "./prefetch";

const tick = () => new Promise((r) => setTimeout(r, 5));

/** A source that logs when each item is requested and when it is produced. */
function pages(count: number, log: string[], failAt?: number) {
  let closed = false;
  async function* gen() {
    try {
      for (let n = 0; n < count; n++) {
        log.push(`fetch ${n}`);
        await tick();
        if (n === failAt) throw new Error(`page ${n} failed`);
        yield n;
      }
    } finally {
      closed = true;
    }
  }
  return { iterable: gen(), closed: () => closed };
}

describe("prefetch", () => {
  it("requests the next page while the consumer still handles the current one", async () => {
    const log: string[] = [];
    const { iterable } = pages(3, log);
    const seen: number[] = [];
    for await (const page of prefetch(iterable)) {
      log.push(`store ${page}`);
      await tick();
      seen.push(page);
    }
    expect(seen).toEqual([0, 1, 2]);
    expect(log.indexOf("fetch 1")).toBeLessThan(log.indexOf("store 0"));
    expect(log.indexOf("fetch 2")).toBeLessThan(log.indexOf("store 1"));
  });

  it("stays at most `ahead` pages ahead of the consumer", async () => {
    const log: string[] = [];
    const { iterable } = pages(6, log);
    const consumer = prefetch(iterable, 2)[Symbol.asyncIterator]();
    expect((await consumer.next()).value).toBe(0);
    await tick();
    await tick();
    await tick();
    expect(log.filter((l) => l.startsWith("fetch"))).toEqual(["fetch 0", "fetch 1", "fetch 2"]);
    await consumer.return(undefined);
  });

  it("hands out every page before a failure, then the failure", async () => {
    const log: string[] = [];
    const { iterable } = pages(5, log, 2);
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const page of prefetch(iterable)) {
          await tick();
          seen.push(page);
        }
      })(),
    ).rejects.toThrow("page 2 failed");
    expect(seen).toEqual([0, 1]);
  });

  it("closes the source when the consumer stops early", async () => {
    const log: string[] = [];
    const source = pages(10, log);
    for await (const page of prefetch(source.iterable)) if (page === 1) break;
    expect(source.closed()).toBe(true);
    expect(log.filter((l) => l.startsWith("fetch")).length).toBeLessThanOrEqual(3);
  });

  it("does not request ahead of an item the consumer says it will stop after, yet goes on if asked", async () => {
    const log: string[] = [];
    const { iterable, closed } = pages(5, log);
    for await (const page of prefetch(iterable, 1, (n) => n < 1)) {
      log.push(`store ${page}`);
      if (page === 1) break;
    }
    // Page 2 was never requested: page 1 was the last the consumer wanted.
    expect(log).toEqual(["fetch 0", "fetch 1", "store 0", "store 1"]);
    expect(closed()).toBe(true);

    const again: string[] = [];
    const seen: number[] = [];
    for await (const page of prefetch(pages(3, again).iterable, 1, () => false)) seen.push(page);
    expect(seen).toEqual([0, 1, 2]);
  });
});
