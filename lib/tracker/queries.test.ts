import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle, Db } from "@/db";
import { candidates, companies, jobs, jobSourceLinks, jobSources, users, type User } from "@/db/schema";
import { createApplication } from "@/lib/applications/create";
import { moveApplication } from "@/lib/applications/move";
import { openTestDatabase } from "@/tests/db";
import { ownApplicationsForJobs, ownApplicationToRepost } from "./queries";

let handle: DatabaseHandle;
let db: Db;

async function seeker(): Promise<User> {
  const [user] = await db.insert(users).values({ email: `seeker-${randomUUID()}@example.com`, name: "Sam", role: "seeker", passwordHash: "x" }).returning();
  await db.insert(candidates).values({ fullName: "Sam Seeker", userId: user.id });
  return user;
}

async function job(title: string, keys: { dedupeKey?: string; applyUrlKey?: string; companyId?: string } = {}): Promise<string> {
  const [row] = await db.insert(jobs).values({ title, ...keys }).returning({ id: jobs.id });
  return row.id;
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
});
afterAll(async () => handle.close());

describe("ownApplicationsForJobs", () => {
  it("gives the seeker's own application per job and nobody else's", async () => {
    const [sam, kim] = [await seeker(), await seeker()];
    const [a, b, c] = [await job("A"), await job("B"), await job("C")];
    const samsA = await createApplication(db, sam, { jobId: a, stage: "saved" });
    const samsB = await createApplication(db, sam, { jobId: b, stage: "applied" });
    await createApplication(db, kim, { jobId: c, stage: "saved" });
    const own = await ownApplicationsForJobs(db, sam, [a, b, c]);
    expect(Object.fromEntries(own)).toEqual({ [a]: { id: samsA.id, stage: "saved" }, [b]: { id: samsB.id, stage: "applied" } });
    expect((await ownApplicationsForJobs(db, kim, [a, b])).size).toBe(0);
    expect((await ownApplicationsForJobs(db, sam, [])).size).toBe(0);
  });
});

describe("ownApplicationToRepost", () => {
  it("finds the seeker's application to the same job posted by another source, with when and where", async () => {
    const sam = await seeker();
    const [company] = await db.insert(companies).values({ name: "Bluefin", normalizedName: `bluefin-${randomUUID()}` }).returning();
    const [source] = await db.insert(jobSources).values({ type: "jsearch", name: `JSearch ${randomUUID()}` }).returning();
    const dedupeKey = `go engineer|bluefin|berlin|${randomUUID()}`;
    const original = await job("Senior Go Engineer", { dedupeKey, companyId: company.id });
    await db.insert(jobSourceLinks).values({ jobId: original, sourceId: source.id, externalId: randomUUID(), contentHash: "h" });
    const repost = await job("Senior Go Engineer (m/f/d)", { dedupeKey });
    const unrelated = await job("Senior Go Engineer", { dedupeKey: `other|${randomUUID()}` });

    expect(await ownApplicationToRepost(db, sam, repost)).toBeNull();
    const saved = await createApplication(db, sam, { jobId: original, stage: "saved" }, { now: new Date("2026-11-01T10:00:00Z") });
    expect(await ownApplicationToRepost(db, sam, repost)).toMatchObject({ applicationId: saved.id, stage: "saved", since: new Date("2026-11-01T10:00:00Z"), company: "Bluefin", source: source.name });

    await moveApplication(db, sam, saved.id, { stage: "applied" }, { now: new Date("2026-11-03T17:00:00Z") });
    expect(await ownApplicationToRepost(db, sam, repost)).toMatchObject({ stage: "applied", since: new Date("2026-11-03T17:00:00Z") });
    // The job itself is not its own repost, an unrelated job has none, and another seeker sees nothing of Sam's.
    expect(await ownApplicationToRepost(db, sam, original)).toBeNull();
    expect(await ownApplicationToRepost(db, sam, unrelated)).toBeNull();
    expect(await ownApplicationToRepost(db, await seeker(), repost)).toBeNull();
  });

  it("also recognises a repost by the same apply URL", async () => {
    const sam = await seeker();
    const applyUrlKey = `jobs.example/apply/${randomUUID()}`;
    const first = await job("QA", { applyUrlKey });
    const second = await job("QA Engineer", { applyUrlKey });
    const app = await createApplication(db, sam, { jobId: first, stage: "applied" });
    expect((await ownApplicationToRepost(db, sam, second))?.applicationId).toBe(app.id);
  });
});
