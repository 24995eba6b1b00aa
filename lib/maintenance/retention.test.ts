import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { backgroundRuns, candidates, catalogueChanges, loginFailures, notifications, outbox, rawPages, realtimeEvents, resumes, searchCache, syncRecordErrors, syncRuns, users, webhookEvents } from "@/db/schema";
import { createSource } from "@/lib/sync/sources";
import { openTestDatabase } from "@/tests/db";
import { cleanUpOldRows, retentionDays } from "./retention";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const now = new Date("2026-06-01T00:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

async function runWithPages(sourceId: string, status: "succeeded" | "partial" | "failed", createdDaysAgo: number, pages = 3) {
  const at = daysAgo(createdDaysAgo);
  const [run] = await handle.db.insert(syncRuns).values({ sourceId, mode: "full", status, createdAt: at }).returning();
  const stored = await handle.db
    .insert(rawPages)
    .values(Array.from({ length: pages }, (_, seq) => ({ runId: run.id, sourceId, seq, url: "u", status: 200, body: "{}", fetchedAt: at })))
    .returning();
  await handle.db.insert(syncRecordErrors).values({ runId: run.id, sourceId, rawPageId: stored[0].id, recordIndex: 0, stage: "transform", error: "bad", createdAt: at });
  return run;
}

const pagesOf = async (runId: string) => (await handle.db.select().from(rawPages).where(eq(rawPages.runId, runId))).length;

describe("retention", () => {
  it("deletes old rows in batches but always keeps the pages of each source's latest successful run", async () => {
    const { db } = handle;
    const source = await createSource(db, { type: "greenhouse", name: "Retention", config: { board_token: "brightwave" }, enabled: true });
    const oldest = await runWithPages(source.id, "succeeded", 90, 5);
    const latestGood = await runWithPages(source.id, "partial", 60);
    const failedLater = await runWithPages(source.id, "failed", 40);
    const recent = await runWithPages(source.id, "failed", 2);
    await db.insert(backgroundRuns).values([
      { functionId: "f", eventName: "e", events: [], status: "completed", finishedAt: daysAgo(45) },
      { functionId: "f", eventName: "e", events: [], status: "completed", finishedAt: daysAgo(1) },
      { functionId: "f", eventName: "e", events: [], status: "queued", createdAt: daysAgo(45) },
    ]);
    await db.insert(webhookEvents).values([
      { id: "lamoda:old", provider: "lamoda", type: "job.created", receivedAt: daysAgo(45) },
      { id: "lamoda:new", provider: "lamoda", type: "job.created", receivedAt: daysAgo(1) },
    ]);
    await db.insert(outbox).values([
      { name: "x", data: {}, createdAt: daysAgo(45), dispatchedAt: daysAgo(45) },
      { name: "x", data: {}, createdAt: daysAgo(45) },
    ]);
    await db.insert(loginFailures).values([
      { email: "old@example.com", address: "203.0.113.9", failedAt: daysAgo(2) },
      { email: "new@example.com", address: "203.0.113.9", failedAt: new Date(now.getTime() - 60_000) },
    ]);

    const [candidate] = await db.insert(candidates).values({ fullName: "Claimed Resume" }).returning();
    const resume = (name: string, createdAt: Date, claimed = false) => ({
      fileName: name,
      mediaType: "text/plain",
      sizeBytes: 4,
      content: Buffer.from("text"),
      text: "text",
      parsed: {},
      createdAt,
      candidateId: claimed ? candidate.id : null,
      claimedAt: claimed ? createdAt : null,
    });
    await db.insert(resumes).values([resume("old-draft.txt", daysAgo(2)), resume("new-draft.txt", new Date(now.getTime() - 3_600_000)), resume("old-claimed.txt", daysAgo(40), true)]);

    await db.delete(catalogueChanges);
    await db.insert(catalogueChanges).values([{ subject: "jobs", changedAt: daysAgo(3) }, { subject: "candidates", changedAt: daysAgo(1) }]);
    await db.insert(searchCache).values([
      { key: "old", kind: "resume", catalogueStamp: "s", response: {}, expiresAt: new Date(now.getTime() - 1000) },
      { key: "fresh", kind: "resume", catalogueStamp: "s", response: {}, expiresAt: new Date(now.getTime() + 3_600_000) },
    ]);

    const result = await cleanUpOldRows(db, { now, days: retentionDays({ RETENTION_DAYS: 30 }), batchSize: 2 });

    expect(await pagesOf(oldest.id)).toBe(0);
    expect(await pagesOf(failedLater.id)).toBe(0);
    expect(await pagesOf(latestGood.id)).toBe(3);
    expect(await pagesOf(recent.id)).toBe(3);
    expect(result.rawPages).toBe(8);
    const errorsLeft = await db.select({ runId: syncRecordErrors.runId }).from(syncRecordErrors).where(inArray(syncRecordErrors.runId, [oldest.id, latestGood.id, failedLater.id, recent.id]));
    expect(errorsLeft.map((e) => e.runId).sort()).toEqual([latestGood.id, recent.id].sort());
    expect((await db.select().from(backgroundRuns)).map((r) => r.status).sort()).toEqual(["completed", "queued"]);
    expect((await db.select().from(webhookEvents)).map((w) => w.id)).toEqual(["lamoda:new"]);
    const left = await db.select().from(outbox);
    expect(left).toHaveLength(1);
    expect(left[0].dispatchedAt).toBeNull();
    expect((await db.select().from(loginFailures)).map((f) => f.email)).toEqual(["new@example.com"]);
    expect((await db.select({ fileName: resumes.fileName }).from(resumes)).map((r) => r.fileName).sort()).toEqual(["new-draft.txt", "old-claimed.txt"]);
    expect((await db.select({ subject: catalogueChanges.subject }).from(catalogueChanges)).map((c) => c.subject)).toEqual(["candidates"]);
    expect((await db.select({ key: searchCache.key }).from(searchCache)).map((c) => c.key)).toEqual(["fresh"]);
    expect(result).toMatchObject({ backgroundRuns: 1, webhookEvents: 1, outbox: 1, loginFailures: 1, resumeDrafts: 1, catalogueChanges: 1, searchCache: 1 });
  });

  it("deletes read notifications after 90 days (never unread ones) and realtime events after a day", async () => {
    const { db } = handle;
    const [user] = await db.insert(users).values({ email: "retention@test.example", name: "R", role: "seeker", passwordHash: "x" }).returning();
    const notification = (title: string, createdAt: Date, readAt: Date | null) => ({ userId: user.id, kind: "stage_changed" as const, title, eventId: crypto.randomUUID(), channel: "in_app" as const, createdAt, readAt });
    await db.insert(notifications).values([notification("old read", daysAgo(91), daysAgo(90)), notification("old unread", daysAgo(200), null), notification("recent read", daysAgo(89), daysAgo(1))]);
    await db.insert(realtimeEvents).values([{ topic: "pipeline", createdAt: daysAgo(2) }, { topic: "fresh", createdAt: new Date(now.getTime() - 3_600_000) }]);
    const result = await cleanUpOldRows(db, { now, days: retentionDays({ RETENTION_DAYS: 30 }) });
    expect((await db.select({ title: notifications.title }).from(notifications)).map((n) => n.title).sort()).toEqual(["old unread", "recent read"]);
    expect((await db.select({ topic: realtimeEvents.topic }).from(realtimeEvents)).map((e) => e.topic)).toEqual(["fresh"]);
    expect(result).toMatchObject({ readNotifications: 1, realtimeEvents: 1 });
  });

  it("per-table overrides win over the default", () => {
    expect(retentionDays({ RETENTION_DAYS: 30, RETENTION_DAYS_RAW_PAGES: 7 })).toMatchObject({ rawPages: 7, backgroundRuns: 30, outbox: 30 });
  });
});
