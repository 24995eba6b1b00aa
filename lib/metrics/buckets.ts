import { sql, type SQL } from "drizzle-orm";
import type { MetricsRange } from "./range";

/** SQL naming a timestamptz column's bucket as YYYY-MM-DD in UTC, whatever the session's time zone. */
export function bucketOf(column: SQL, range: MetricsRange): SQL {
  return range.bucket === "day"
    ? sql`to_char((${column} at time zone 'UTC')::date, 'YYYY-MM-DD')`
    : sql`to_char(date_trunc('week', ${column} at time zone 'UTC'), 'YYYY-MM-DD')`;
}

/** SQL: the column falls in the range. */
export function inRange(column: SQL, range: MetricsRange): SQL {
  return sql`${column} >= ${range.start.toISOString()}::timestamptz and ${column} < ${range.end.toISOString()}::timestamptz`;
}
