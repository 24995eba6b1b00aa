import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { jobSources, jobs, syncRuns, users } from "@/db/schema";
import { createApiKey } from "@/lib/auth/api-keys";
import { metricsDashboardSchema, type MetricsDashboard } from "@/lib/metrics/schema";
import { emptyCounts } from "@/lib/sync/run-counts";
import { callJson } from "@/tests/api";
import { openTestDatabase } from "@/tests/db";
import { GET as dashboard } from "./metrics/dashboard/route";

type ErrorBody = { error: { code: string; message: string; details: { path: string; message: string }[] } };

let handle: DatabaseHandle;
const keys: Record<"recruiter" | "admin" | "seeker", string> = { recruiter: "", admin: "", seeker: "" };

const get = (query: string, key = keys.recruiter) => callJson<{ data: MetricsDashboard } & ErrorBody>(dashboard, `/api/v1/metrics/dashboard${query}`, { key });

beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  const { db } = handle;
  for (const role of ["recruiter", "admin", "seeker"] as const) {
    const [user] = await db.insert(users).values({ email: `${role}-${randomUUID()}@example.com`, name: role, role, passwordHash: "x" }).returning();
    keys[role] = (await createApiKey(db, user.id, "metrics contract test")).key;
  }
  const [source] = await db.insert(jobSources).values({ type: "greenhouse", name: "Greenhouse" }).returning();
  const startedAt = new Date("2026-03-10T08:00:00Z");
  await db.insert(syncRuns).values({ sourceId: source.id, mode: "full", status: "succeeded", counts: { ...emptyCounts(), inserted: 7, fetched: 9, duplicates: 2 }, createdAt: startedAt, startedAt, finishedAt: new Date(startedAt.getTime() + 42_000) });
  await db.insert(jobs).values([{ title: "Analyst", countryCode: "NL" }, { title: "Engineer", countryCode: "NL" }]);
  // Eleven more countries with one job each: the chart keeps the top ten and sums the rest.
  await db.insert(jobs).values("ABCDEFGHIJK".split("").map((letter) => ({ title: `Job in X${letter}`, countryCode: `X${letter}` })));
}, 120_000);
afterAll(() => handle.close());

describe("GET /api/v1/metrics/dashboard", () => {
  it("answers recruiters and admins with the figures of a from..to range, in the documented shape", async () => {
    const { status, body } = await get("?from=2026-03-09&to=2026-03-15");
    expect(status).toBe(200);
    expect(metricsDashboardSchema.safeParse(body.data).success).toBe(true);
    expect(body.data.range).toEqual({ from: "2026-03-09", to: "2026-03-15", days: 7, bucket: "day" });
    expect(body.data.ingested.buckets.find((b) => b.start === "2026-03-10")).toEqual({ start: "2026-03-10", total: 7, counts: { Greenhouse: 7 } });
    expect(body.data.runs.shown.map((r) => [r.source, r.seconds, r.duplicates])).toEqual([["Greenhouse", 42, 2]]);
    expect(body.data.open.total).toBe(13);
    expect(body.data.open.countries.map((c) => `${c.label} ${c.jobs}`)).toEqual(["NL 2", ..."ABCDEFGHI".split("").map((letter) => `X${letter} 1`), "Other 2"]);
    expect((await get("?range=7", keys.admin)).status).toBe(200);
  });

  it("defaults to the last 30 days", async () => {
    const { status, body } = await get("");
    expect(status).toBe(200);
    expect(body.data.range.days).toBe(30);
    expect(body.data.range.to).toBe(new Date().toISOString().slice(0, 10));
  });

  it("refuses seekers", async () => {
    expect((await get("?range=7", keys.seeker)).status).toBe(403);
  });

  it.each([
    ["?from=2026-03-15&to=2026-03-09", "from", "on or before"],
    ["?from=2026-02-30&to=2026-03-09", "from", "calendar"],
    ["?from=03/01/2026&to=2026-03-09", "from", "YYYY-MM-DD"],
    ["?from=2026-03-01", "from", "both"],
    ["?range=14", "range", ""],
    ["?from=2020-01-01&to=2026-01-01", "to", "366 days"],
  ])("answers 400 for %s, naming the parameter", async (query, path, words) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error.code).toBe("invalid_request");
    const issue = body.error.details.find((d) => d.path === path);
    expect(issue?.message).toContain(words);
  });
});
