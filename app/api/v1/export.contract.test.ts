import { and, count, eq, sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applications, candidates, companies, jobs, matches, users } from "@/db/schema";
import { applicationListItemJson } from "@/lib/applications/serialize";
import { candidateListItemJson } from "@/lib/candidates/serialize";
import { jobJson } from "@/lib/jobs/serialize";
import { matchJson } from "@/lib/matching/serialize";
import { rescoreMatches } from "@/lib/matching/refresh";
import { callJson, callRoute, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { csvRecords } from "@/tests/csv";
import { deepStrict } from "@/tests/strict";
import { GET as exportApplications } from "./applications/export/route";
import { GET as exportCandidates } from "./candidates/export/route";
import { GET as exportJobs } from "./jobs/export/route";
import { GET as listJobs } from "./jobs/route";
import { GET as exportMatches } from "./matches/export/route";

type ErrorBody = { error: { code: string; message: string } };

// The listings' item schemas, strict at every level: an export row with a field they do not describe fails.
const jobRow = deepStrict(jobJson);
const candidateRow = deepStrict(candidateListItemJson);
const applicationRow = deepStrict(applicationListItemJson);
const matchRow = deepStrict(matchJson);

let env: ApiTestEnvironment;
let keys: ApiKeys;
let trickyJobId: string;
let seekerApplicationIds: string[];
const trickyTitle = '=HYPERLINK("http://evil.example","Apply"), senior\r\nengineer';

const exportText = async (handler: typeof exportJobs, path: string, key: string) => {
  const res = await callRoute(handler, path, { key });
  expect(res.status).toBe(200);
  return res.text();
};
const exportJson = async <T>(handler: typeof exportJobs, path: string, key: string) => JSON.parse(await exportText(handler, path, key)) as T[];

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const { db } = env.handle;
  await rescoreMatches(db, { kind: "all" });
  const [company] = await db.insert(companies).values({ name: "Acme, \"Quoted\" Ltd", normalizedName: "acme quoted export test" }).returning();
  [{ id: trickyJobId }] = await db.insert(jobs).values({ title: trickyTitle, companyId: company.id, skills: ["@risk", "Go"], postedAt: new Date("2026-11-30T10:00:00Z") }).returning({ id: jobs.id });
  // One insert gives every row the same updated_at: the keyset must still page through ties.
  const many = await db
    .insert(candidates)
    .values(Array.from({ length: 2300 }, (_, i) => ({ fullName: `Bulk Candidate ${i}`, email: `bulk${i}@example.com` })))
    .returning({ id: candidates.id });
  await db.insert(applications).values(many.slice(0, 1200).map((c) => ({ candidateId: c.id, jobId: trickyJobId, stage: "applied" as const })));
  const [seeker] = await db.select().from(users).where(eq(users.role, "seeker"));
  const [own] = await db.insert(candidates).values({ fullName: "Sam Seeker", userId: seeker.id }).returning();
  const someJobs = await db.select({ id: jobs.id }).from(jobs).limit(2);
  seekerApplicationIds = (
    await db
      .insert(applications)
      .values(someJobs.map((j) => ({ candidateId: own.id, jobId: j.id, stage: "saved" as const })))
      .returning({ id: applications.id })
  ).map((a) => a.id);
}, 60_000);
afterAll(() => env.close());

describe("GET /api/v1/jobs/export", () => {
  it("has one CSV record per open job, as a download", async () => {
    const res = await callRoute(exportJobs, "/api/v1/jobs/export?format=csv", { key: keys.recruiter });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="jobs-\d{4}-\d{2}-\d{2}\.csv"$/);
    const records = csvRecords(await res.text());
    const [{ n }] = await env.handle.db.select({ n: count() }).from(jobs).where(eq(jobs.status, "open"));
    expect(n).toBeGreaterThan(10);
    expect(records).toHaveLength(n);
    expect(new Set(records.map((r) => r.id)).size).toBe(n);
    const all = csvRecords(await exportText(exportJobs, "/api/v1/jobs/export?status=any", keys.seeker));
    const [{ total }] = await env.handle.db.select({ total: count() }).from(jobs);
    expect(all).toHaveLength(total);
  });

  it("escapes quotes, commas and line breaks, and makes formulas inert", async () => {
    const records = csvRecords(await exportText(exportJobs, "/api/v1/jobs/export", keys.recruiter));
    const tricky = records.find((r) => r.id === trickyJobId);
    expect(tricky).toBeDefined();
    expect(tricky!.title).toBe(`'${trickyTitle}`);
    expect(tricky!.company).toBe('Acme, "Quoted" Ltd');
    expect(tricky!.skills).toBe("'@risk; Go");
    expect(tricky!.remote).toBe("false");
  });

  it("applies the list's filters and agrees with the list, page for page", async () => {
    for (const filters of ["remote=true", "level=senior&employment_type=full_time", "q=engineer", "location=London"]) {
      const exported = await exportJson<{ id: string }>(exportJobs, `/api/v1/jobs/export?format=json&${filters}`, keys.recruiter);
      const listed: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { data: Array<{ id: string }>; next_cursor: string | null } } = await callJson(listJobs, `/api/v1/jobs?limit=7&${filters}${cursor ? `&cursor=${cursor}` : ""}`, { key: keys.recruiter });
        expect(page.status).toBe(200);
        listed.push(...page.body.data.map((j) => j.id));
        cursor = page.body.next_cursor;
      } while (cursor);
      expect(listed.length, filters).toBeGreaterThan(0);
      expect(exported.map((j) => j.id), filters).toEqual(listed);
    }
  });

  it("answers JSON as one array of the list's items", async () => {
    const rows = await exportJson<unknown>(exportJobs, "/api/v1/jobs/export?format=json", keys.admin);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) jobRow.parse(row);
  });

  it("refuses an unknown format or filter value with 400, and no key with 401", async () => {
    const format = await callJson<ErrorBody>(exportJobs, "/api/v1/jobs/export?format=xlsx", { key: keys.recruiter });
    expect(format.status).toBe(400);
    expect(format.body.error.code).toBe("invalid_request");
    const level = await callJson<ErrorBody>(exportJobs, "/api/v1/jobs/export?level=wizard", { key: keys.recruiter });
    expect(level.status).toBe(400);
    expect((await callRoute(exportJobs, "/api/v1/jobs/export")).status).toBe(401);
  });
});

describe("GET /api/v1/candidates/export", () => {
  it("has every candidate once, across batches whose rows share one updated_at", async () => {
    const rows = await exportJson<{ id: string }>(exportCandidates, "/api/v1/candidates/export?format=json", keys.recruiter);
    const [{ n }] = await env.handle.db.select({ n: count() }).from(candidates);
    expect(n).toBeGreaterThan(2300);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.id)).size).toBe(n);
    for (const row of rows.slice(0, 50)) candidateRow.parse(row);
  });

  it("applies the list's filters", async () => {
    const records = csvRecords(await exportText(exportCandidates, "/api/v1/candidates/export?q=Bulk%20Candidate%2012", keys.admin));
    // 12, 120-129, 1200-1299
    expect(records).toHaveLength(1 + 10 + 100);
    expect(records.every((r) => r.full_name.startsWith("Bulk Candidate 12"))).toBe(true);
  });

  it("is refused to a seeker", async () => {
    const res = await callJson<ErrorBody>(exportCandidates, "/api/v1/candidates/export", { key: keys.seeker });
    expect(res.status).toBe(403);
  });
});

describe("GET /api/v1/applications/export", () => {
  it("has every application for a recruiter, filtered like the list", async () => {
    const all = csvRecords(await exportText(exportApplications, "/api/v1/applications/export", keys.recruiter));
    const [{ n }] = await env.handle.db.select({ n: count() }).from(applications);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((r) => r.id)).size).toBe(n);
    const saved = await exportJson<unknown>(exportApplications, "/api/v1/applications/export?format=json&stage=saved", keys.recruiter);
    expect(saved).toHaveLength(seekerApplicationIds.length);
    for (const row of saved) expect(applicationRow.parse(row).stage).toBe("saved");
    const forJob = csvRecords(await exportText(exportApplications, `/api/v1/applications/export?job_id=${trickyJobId}`, keys.recruiter));
    expect(forJob).toHaveLength(1200);
    expect(forJob[0].job_title).toBe(`'${trickyTitle}`);
  });

  it("gives a seeker only their own applications", async () => {
    const rows = await exportJson<{ id: string }>(exportApplications, "/api/v1/applications/export?format=json", keys.seeker);
    expect(rows.map((r) => r.id).sort()).toEqual([...seekerApplicationIds].sort());
    const other = await exportJson<{ id: string }>(exportApplications, `/api/v1/applications/export?format=json&job_id=${trickyJobId}`, keys.seeker);
    expect(other).toEqual([]);
  });
});

describe("GET /api/v1/matches/export", () => {
  it("has the Matches page's rows, best first, and is refused to a seeker", async () => {
    const rows = await exportJson<{ id: string; score: number }>(exportMatches, "/api/v1/matches/export?format=json", keys.recruiter);
    const [{ n }] = await env.handle.db.select({ n: count() }).from(matches).where(and(eq(matches.status, "new"), eq(matches.jobOpen, true)));
    expect(n).toBeGreaterThan(0);
    expect(rows).toHaveLength(n);
    for (const row of rows) matchRow.parse(row);
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    const strong = csvRecords(await exportText(exportMatches, "/api/v1/matches/export?min_score=0.8", keys.admin));
    expect(strong.every((r) => Number(r.score) >= 0.8)).toBe(true);
    expect(strong.length).toBe(rows.filter((r) => r.score >= 0.8).length);
    expect((await callRoute(exportMatches, "/api/v1/matches/export", { key: keys.seeker })).status).toBe(403);
  });
});

describe("a large export", () => {
  const extra = 20_000;
  beforeAll(async () => {
    const { db } = env.handle;
    for (let start = 0; start < extra; start += 2000) {
      await db.insert(jobs).values(Array.from({ length: 2000 }, (_, i) => ({ title: `Bulk job ${start + i}`, postedAt: new Date(Date.UTC(2026, 0, 1) + (start + i) * 60_000) })));
    }
  }, 120_000);

  it("streams 20k jobs in batches as the client reads, one record per job", async () => {
    const res = await callRoute(exportJobs, "/api/v1/jobs/export", { key: keys.recruiter });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let chunks = 0;
    let largest = 0;
    let text = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      const part = decoder.decode(value, { stream: true });
      largest = Math.max(largest, part.split("\r\n").length - 1);
      text += part;
    }
    const [{ n }] = await env.handle.db.select({ n: count() }).from(jobs).where(eq(jobs.status, "open"));
    expect(n).toBeGreaterThan(extra);
    expect(csvRecords(text)).toHaveLength(n);
    // The header, then one chunk per batch of at most 1000 rows: never the whole table at once.
    expect(chunks).toBeGreaterThanOrEqual(1 + Math.ceil(n / 1000));
    expect(largest).toBeLessThanOrEqual(1001);
  }, 120_000);

  it("stops reading when the client goes away", async () => {
    const client = new AbortController();
    const request = new NextRequest(new URL("/api/v1/jobs/export?format=json", "http://localhost"), { headers: { authorization: `Bearer ${keys.recruiter}` }, signal: client.signal });
    const res = await exportJobs(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    client.abort();
    let rest = 0;
    await expect(async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return;
        rest++;
      }
    }).rejects.toThrow();
    // At most the batch already read ahead arrives after the abort.
    expect(rest).toBeLessThanOrEqual(1);
    const [{ ok }] = await env.handle.db.execute<{ ok: number }>(sql`select 1 as ok`).then((r) => (Array.isArray(r) ? r : (r as { rows: Array<{ ok: number }> }).rows));
    expect(ok).toBe(1);
  }, 60_000);
});
