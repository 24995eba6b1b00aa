import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { applications, candidates, companies, jobs } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import { listPipelineJobs } from "./pipeline-jobs";

let handle: DatabaseHandle;
let db: Db;
beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});
afterAll(() => handle?.close());

describe("listPipelineJobs", () => {
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
  });
});
