import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { ValidationError } from "@/lib/errors";

/** Counts stop here: beyond it the total is the planner's estimate, so a count never scans the table. */
export const exactCountLimit = 1000;

/** `page` and `limit` for every listing; `cursor` continues after the last row of a previous page. */
export const pagingSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().trim().min(1).max(500).optional(),
});

export type Paging = z.infer<typeof pagingSchema>;

/** One page of a listing, before it is shaped for the edge. */
export type PageOf<T> = {
  items: T[];
  /** Null when the page was asked for by cursor. */
  page: number | null;
  limit: number;
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
};

/** The one pagination shape every listing answers with (REST routes and pages alike). */
export function pageResponse<T, V>(page: PageOf<T>, view: (item: T) => V) {
  return {
    data: page.items.map(view),
    page: page.page,
    limit: page.limit,
    total: page.total,
    total_is_estimate: page.totalIsEstimate,
    total_pages: Math.max(1, Math.ceil(page.total / page.limit)),
    next_cursor: page.nextCursor,
  };
}

/** The JSON Schema side of pageResponse: a listing whose items are `item`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    page: z.number().int().nullable().describe("Null when the page was asked for by cursor"),
    limit: z.number().int(),
    total: z.number().int(),
    total_is_estimate: z.boolean().describe("True past 1,000 rows: the total is the planner's estimate"),
    total_pages: z.number().int(),
    next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last"),
  });
}

/** A listing's JSON body as clients receive it. */
export type PageResponse<V> = ReturnType<typeof pageResponse<unknown, V>>;

/** A whole, unpaged list (a handful of rows) in the same shape. */
export function wholeList<T>(items: T[]): PageOf<T> {
  return { items, page: 1, limit: Math.max(1, items.length), total: items.length, totalIsEstimate: false, nextCursor: null };
}

/** Opaque cursor: the sort key values of the last row seen, base64url JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

/** The values of a cursor, checked by `schema`; a cursor that does not decode is a 400. */
export function decodeCursor<S extends z.ZodType>(cursor: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError("Query is invalid: cursor: not a cursor this listing gave out", [{ path: "cursor", message: "Not a cursor this listing gave out" }]);
  return parsed.data;
}

/**
 * Counts the rows of `from` (`select 1 from ... where ...`) without scanning a table: when the
 * planner expects many rows its estimate is the total; otherwise rows are counted exactly up to
 * `exactCountLimit`, past which the estimate (never below the limit + 1) stands, flagged as such.
 */
export async function cappedCount(db: Db, from: SQL): Promise<{ total: number; totalIsEstimate: boolean }> {
  const plan = await queryRows<{ "QUERY PLAN": unknown }>(db, sql`explain (format json) ${from}`);
  const estimate = planRows(plan[0]?.["QUERY PLAN"]);
  if (estimate > exactCountLimit) return { total: estimate, totalIsEstimate: true };
  const [{ n }] = await queryRows<{ n: number | string }>(db, sql`select count(*)::int as n from (${from} limit ${exactCountLimit + 1}) capped`);
  const exact = Number(n);
  if (exact <= exactCountLimit) return { total: exact, totalIsEstimate: false };
  return { total: Math.max(exactCountLimit + 1, estimate), totalIsEstimate: true };
}

function planRows(plan: unknown): number {
  const parsed = typeof plan === "string" ? JSON.parse(plan) : plan;
  const rows = (parsed as Array<{ Plan?: { "Plan Rows"?: number } }> | undefined)?.[0]?.Plan?.["Plan Rows"];
  return typeof rows === "number" ? Math.round(rows) : 0;
}
