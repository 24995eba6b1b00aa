import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { openTestDatabase } from "@/tests/db";
import { ValidationError } from "@/lib/errors";
import { cappedCount, decodeCursor, encodeCursor, exactCountLimit, pageResponse, pagingSchema } from "./pagination";
import { z } from "zod";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.db.execute(sql`create table numbers as select g as n from generate_series(1, 5000) g`);
  await handle.db.execute(sql`analyze numbers`);
}, 120_000);
afterAll(() => handle.close());

describe("cappedCount", () => {
  it("counts exactly up to the limit and estimates beyond it, saying so", async () => {
    expect(await cappedCount(handle.db, sql`select 1 from numbers where n <= 10`)).toEqual({ total: 10, totalIsEstimate: false });
    expect(await cappedCount(handle.db, sql`select 1 from numbers where n <= ${exactCountLimit}`)).toEqual({ total: exactCountLimit, totalIsEstimate: false });
    const many = await cappedCount(handle.db, sql`select 1 from numbers`);
    expect(many.totalIsEstimate).toBe(true);
    expect(many.total).toBeGreaterThan(exactCountLimit);
    expect(many.total).toBeGreaterThan(4000);
    expect(many.total).toBeLessThan(6000);
  });
});

describe("the pagination shape", () => {
  it("is the same for every listing, with total pages from the total", () => {
    const body = pageResponse({ items: [1, 2], page: 2, limit: 2, total: 5, totalIsEstimate: false, nextCursor: "c" }, (n) => ({ n }));
    expect(body).toEqual({ data: [{ n: 1 }, { n: 2 }], page: 2, limit: 2, total: 5, total_is_estimate: false, total_pages: 3, next_cursor: "c" });
    expect(pagingSchema.parse({})).toEqual({ page: 1, limit: 20 });
  });

  it("round-trips a cursor and refuses one that does not fit the listing", () => {
    const schema = z.tuple([z.literal("n"), z.number()]);
    expect(decodeCursor(encodeCursor(["n", 1.5]), schema)).toEqual(["n", 1.5]);
    expect(() => decodeCursor(encodeCursor(["r", 1]), schema)).toThrow(ValidationError);
    expect(() => decodeCursor("%%%", schema)).toThrow(ValidationError);
  });
});
