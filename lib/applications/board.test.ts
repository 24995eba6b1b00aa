import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applications, candidates, companies, jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { firstColumnPages, listPipelineJobs } from "./board";

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});
afterAll(() => handle?.close());

describe("the board's queries", () => {
  it("lists jobs with applications past saved, by title, with their counts and company", async () => {
    const [bluefin] = await db.insert(companies).values({ name: "Bluefin", normalizedName: "bluefin" }).returning();
    const [data, web, untouched, savedOnly] = await db
      .insert(jobs)
      .values([{ title: "data engineer", companyId: bluefin.id }, { title: "Web developer" }, { title: "Analyst" }, { title: "Bookmarked" }])
      .returning();
    const people = await db
      .insert(candidates)
      .values(["Priya Raman", "Tom Berg", "Ana Lima"].map((fullName) => ({ fullName })))
      .returning();
    await db.insert(applications).values([
      { candidateId: people[0].id, jobId: data.id, stage: "applied" },
      { candidateId: people[1].id, jobId: data.id, stage: "rejected" },
      { candidateId: people[2].id, jobId: web.id, stage: "screening" },
      { candidateId: people[2].id, jobId: savedOnly.id, stage: "saved" },
    ]);

    const listed = await listPipelineJobs(db);

    expect(listed).toEqual([
      { id: data.id, title: "data engineer", company: "Bluefin", applications: 2 },
      { id: web.id, title: "Web developer", company: null, applications: 1 },
    ]);
    expect(listed.map((j) => j.id)).not.toContain(untouched.id);

    const recruiter = { id: randomUUID(), role: "recruiter" as const };
    const all = await firstColumnPages(db, recruiter, null);
    expect(all.applied).toMatchObject({ total: 1, data: [{ candidate_name: "Priya Raman", job_title: "data engineer", company_name: "Bluefin" }] });
    expect(all.screening.total).toBe(1);
    expect(all.rejected.total).toBe(1);
    expect(Object.keys(all)).not.toContain("saved");
    const webOnly = await firstColumnPages(db, recruiter, web.id);
    expect([webOnly.applied.total, webOnly.screening.total, webOnly.rejected.total]).toEqual([0, 1, 0]);
  });
});
