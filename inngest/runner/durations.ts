// Times the SDK hands the runner: sleep op names ("1h30m" or an ISO date) and a
// RetryAfterError's `retriable` (whole seconds as a string, or an ISO date).
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const DURATION = /^(\d+(?:\.\d+)?(?:ms|[wdhms]))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|[wdhms])/g;

/** When a sleep named `name` ends, counted from `now`; null when the SDK sent no readable time. */
export function sleepEndsAt(name: string, now: Date): Date | null {
  if (DURATION.test(name)) {
    let total = 0;
    for (const [, amount, unit] of name.matchAll(PART)) total += Number(amount) * UNIT_MS[unit];
    return new Date(now.getTime() + total);
  }
  const at = new Date(name);
  return name && !Number.isNaN(at.getTime()) ? at : null;
}

/** When to retry, honouring a RetryAfterError's `retriable`; otherwise the runner's backoff. */
export function retryAt(retriable: unknown, attempt: number, now: Date, backoffMs: (attempt: number) => number): Date {
  if (typeof retriable === "string") {
    if (/^\d+$/.test(retriable)) return new Date(now.getTime() + Number(retriable) * 1000);
    const at = new Date(retriable);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return new Date(now.getTime() + backoffMs(attempt));
}

/** Exponential backoff with jitter: ~1s, 2s, 4s ... capped at 10 minutes. */
export function defaultBackoffMs(attempt: number): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempt - 1), 600_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}
