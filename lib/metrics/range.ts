import { z } from "zod";

const dayMs = 86_400_000;

/** The presets the range picker offers, in days ending today. */
export const rangePresets = [7, 30, 90] as const;
export const defaultPresetDays = 30;
/** A longer range would mean a year's daily bars and slow scans; a year is enough for a dashboard. */
export const maxRangeDays = 366;
/** Up to this many days the time series are per day; beyond it, per week (Monday first). */
export const maxDailyBuckets = 31;

export type MetricsRange = {
  /** First day, YYYY-MM-DD (UTC), included. */
  from: string;
  /** Last day, YYYY-MM-DD (UTC), included. */
  to: string;
  days: number;
  bucket: "day" | "week";
  /** The preset the range equals, when it came from one. */
  preset: (typeof rangePresets)[number] | null;
  /** Instants for queries: [start, end). */
  start: Date;
  end: Date;
};

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date as YYYY-MM-DD.")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && dayString(date) === value;
  }, "Not a date in the calendar.");

/** The search parameters the Metrics page and GET /api/v1/metrics/dashboard read. */
export const metricsRangeQuery = z
  .object({
    range: z.enum(rangePresets.map(String) as [string, ...string[]]).optional().describe("A preset: the last 7, 30 or 90 days, ending today (UTC)."),
    from: isoDay.optional().describe("First day (UTC, included); with `to`, instead of `range`."),
    to: isoDay.optional().describe("Last day (UTC, included)."),
  })
  .refine((q) => (q.from === undefined) === (q.to === undefined), { message: "Give both `from` and `to`, or neither.", path: ["from"] })
  .refine((q) => !(q.range && q.from), { message: "Give either a preset `range` or `from` and `to`, not both.", path: ["range"] })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "`from` must be on or before `to`.", path: ["from"] })
  .refine((q) => !q.from || !q.to || daysInclusive(q.from, q.to) <= maxRangeDays, { message: `A range spans at most ${maxRangeDays} days.`, path: ["to"] });

export type MetricsRangeQuery = z.infer<typeof metricsRangeQuery>;

export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInclusive(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
}

/** The range a parsed query names: a preset or from/to; the last 30 days when it names none. */
export function resolveRange(query: MetricsRangeQuery, now = new Date()): MetricsRange {
  let from: string;
  let to: string;
  let preset: MetricsRange["preset"] = null;
  if (query.from && query.to) {
    ({ from, to } = query);
  } else {
    const days = query.range ? Number(query.range) : defaultPresetDays;
    to = dayString(now);
    from = dayString(new Date(Date.parse(`${to}T00:00:00Z`) - (days - 1) * dayMs));
    preset = days as MetricsRange["preset"];
  }
  const days = daysInclusive(from, to);
  const start = new Date(`${from}T00:00:00Z`);
  return { from, to, days, preset, bucket: days > maxDailyBuckets ? "week" : "day", start, end: new Date(start.getTime() + days * dayMs) };
}

/** The start (YYYY-MM-DD) of every bucket the range touches: each day, or each Monday-first week. */
export function bucketStarts(range: MetricsRange): string[] {
  let first = range.start.getTime();
  const step = range.bucket === "day" ? dayMs : 7 * dayMs;
  if (range.bucket === "week") first -= ((range.start.getUTCDay() + 6) % 7) * dayMs;
  const starts: string[] = [];
  for (let t = first; t < range.end.getTime(); t += step) starts.push(dayString(new Date(t)));
  return starts;
}

/** The range parameters of a URL, in a fixed order: the query key, and what the API is sent. */
export function rangeSearchString(params: URLSearchParams | Record<string, string | undefined>): string {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : params[key]) ?? undefined;
  const out = new URLSearchParams();
  for (const key of ["range", "from", "to"]) {
    const value = get(key);
    if (value) out.set(key, value);
  }
  return out.toString();
}
