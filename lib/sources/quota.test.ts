import { describe, expect, it } from "vitest";
import { metrics } from "@/lib/observability/metrics";
import { initialiseQuotaSeries, quotaUsedRatio, recordQuota } from "./quota";

const gaugeFor = async (source: string) => (await metrics().sourceQuotaUsedRatio.get()).values.find((v) => v.labels.source === source)?.value;

describe("API quota from response headers", () => {
  it("reads RapidAPI's, X-RateLimit-* and the IETF draft's headers", () => {
    expect(quotaUsedRatio(new Headers({ "x-ratelimit-requests-limit": "200", "x-ratelimit-requests-remaining": "50" }))).toBe(0.75);
    expect(quotaUsedRatio(new Headers({ "X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "1000" }))).toBe(0);
    expect(quotaUsedRatio(new Headers({ "RateLimit-Limit": "100, 100;w=60", "RateLimit-Remaining": "10" }))).toBe(0.9);
  });

  it("says nothing when the API reports nothing, or nonsense", () => {
    expect(quotaUsedRatio(new Headers({ "content-type": "application/json" }))).toBeNull();
    expect(quotaUsedRatio(new Headers({ "x-ratelimit-limit": "0", "x-ratelimit-remaining": "0" }))).toBeNull();
    expect(quotaUsedRatio(new Headers({ "x-ratelimit-limit": "many", "x-ratelimit-remaining": "1" }))).toBeNull();
  });

  it("keeps the last reported share per source, and a 0 only for sources that never reported", async () => {
    recordQuota("jsearch-quota-test", new Headers({ "x-ratelimit-requests-limit": "200", "x-ratelimit-requests-remaining": "0" }));
    initialiseQuotaSeries(["jsearch-quota-test", "adzuna-quota-test"]);
    expect(await gaugeFor("jsearch-quota-test")).toBe(1);
    expect(await gaugeFor("adzuna-quota-test")).toBe(0);
  });
});
