import { metrics } from "@/lib/observability/metrics";

// Header pairs APIs use to report their quota, most specific first: RapidAPI (JSearch),
// the common X-RateLimit-*, and the IETF draft's RateLimit-*.
const headerPairs = [
  ["x-ratelimit-requests-limit", "x-ratelimit-requests-remaining"],
  ["x-ratelimit-limit", "x-ratelimit-remaining"],
  ["ratelimit-limit", "ratelimit-remaining"],
] as const;

// A limit header may list several windows ("100, 100;w=60"): the first number is the current one.
const firstNumber = (value: string | null) => {
  const match = value ? /^\s*(\d+(?:\.\d+)?)/.exec(value) : null;
  return match ? Number(match[1]) : null;
};

/** The share of the quota used (0..1) as the response's headers report it, or null when they don't. */
export function quotaUsedRatio(headers: Headers): number | null {
  for (const [limitName, remainingName] of headerPairs) {
    const limit = firstNumber(headers.get(limitName));
    const remaining = firstNumber(headers.get(remainingName));
    if (limit === null || remaining === null || limit <= 0) continue;
    return Math.min(1, Math.max(0, (limit - remaining) / limit));
  }
  return null;
}

const reported = ((globalThis as unknown as { __hireflowQuotaReported?: Set<string> }).__hireflowQuotaReported ??= new Set());

/**
 * Keeps the quota gauge at what the API last reported (per process, in memory). Labelled by
 * the connector type (adzuna, jsearch...): a quota belongs to the API key, which its sources share.
 */
export function recordQuota(sourceKey: string, headers: Headers): void {
  const ratio = quotaUsedRatio(headers);
  if (ratio === null) return;
  reported.add(sourceKey);
  metrics().sourceQuotaUsedRatio.set({ source: sourceKey }, ratio);
}

/** A 0 for each connector type in use that has not reported yet, so the quota series exist from the first scrape. */
export function initialiseQuotaSeries(sourceTypes: readonly string[]): void {
  for (const type of sourceTypes) if (!reported.has(type)) metrics().sourceQuotaUsedRatio.set({ source: type }, 0);
}
