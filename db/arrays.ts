import { sql, type SQL } from "drizzle-orm";

// A list as one array parameter instead of one parameter per element: thousands of keys then
// cost one bind value, and `column = any(...)` is served by the column's btree index. The
// literal is the same on postgres.js and PGlite, whatever the count.

/** A uuid[] parameter (ids are hex and dashes, nothing to quote). */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(",")}}`}::uuid[]`;
}

/** Quotes one element of an array literal: backslashes and double quotes escaped, so any text survives. */
function quoteElement(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

/** The array literal of exactly these strings (commas, quotes, braces and NULL included). */
export function arrayLiteral(values: readonly string[]): string {
  return `{${values.map(quoteElement).join(",")}}`;
}

/** A text[] parameter holding exactly these strings. */
export function textArray(values: readonly string[]): SQL {
  return sql`${arrayLiteral(values)}::text[]`;
}
