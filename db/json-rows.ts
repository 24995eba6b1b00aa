import { sql, type SQL } from "drizzle-orm";
import { arrayLiteral } from "./arrays";

/** A column of rows sent with jsonRows: its name and SQL type. */
export type RowColumn = readonly [name: string, type: string];

/**
 * Many rows as one parameter, for set-based writes: a jsonb array holding one array per row (its
 * values in column order), unpacked into a subquery `alias` with typed columns. Positional rows
 * cost PostgreSQL a fraction of what objects do: jsonb sorts and deduplicates the keys of every
 * object it parses, and 1,000 job rows took about 60 ms to unpack as objects against 15 ms as
 * arrays (docs/BENCHMARKS.md). A `text[]` value travels as its array literal (arrayLiteral).
 */
export function jsonRows(columns: readonly RowColumn[], rows: readonly (readonly unknown[])[], alias = "r"): SQL {
  const values = columns.map(([name, type], i) => `${valueAt(type, i)} as ${name}`).join(", ");
  const arrays = columns.flatMap(([, type], i) => (type === "text[]" ? [i] : []));
  const sent = arrays.length === 0 ? rows : rows.map((row) => withArrayLiterals(row, arrays));
  // offset 0 keeps the subquery whole: flattened into a join, every reference to a column would
  // extract its value again for each row it is compared with.
  return sql`(select ${sql.raw(values)} from jsonb_array_elements(${JSON.stringify(sent)}::jsonb) as e offset 0) as ${sql.raw(alias)}`;
}

function withArrayLiterals(row: readonly unknown[], arrays: readonly number[]): unknown[] {
  const copy = row.slice();
  for (const i of arrays) {
    const value = copy[i];
    if (Array.isArray(value)) copy[i] = arrayLiteral(value);
  }
  return copy;
}

function valueAt(type: string, index: number): string {
  if (type === "jsonb") return `e->${index}`;
  if (type === "text") return `e->>${index}`;
  return `(e->>${index})::${type}`;
}
