import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { apiKeys, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { NotFoundError } from "@/lib/errors";
import { openTestDatabase } from "@/tests/db";
import { createApiKey, listAllApiKeys, listApiKeys, revokeAnyApiKey, revokeApiKey, userForApiKey } from "./api-keys";
import { authenticateWithPassword } from "./users";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db);
});
afterAll(() => handle.close());

async function userId(email: string) {
  const [u] = await handle.db.select().from(users).where(eq(users.email, email));
  return u.id;
}

describe("API keys", () => {
  it("authenticates with a new key, stores only its hash, and stops after revocation", async () => {
    const id = await userId("recruiter@example.com");
    const created = await createApiKey(handle.db, id, "script");
    expect(created.key).toMatch(/^hf_[A-Za-z0-9_-]{40,}$/);
    const [row] = await handle.db.select().from(apiKeys).where(eq(apiKeys.id, created.id!));
    expect(row.keyHash).not.toContain(created.key);
    expect(JSON.stringify(row)).not.toContain(created.key.slice(12));

    expect((await userForApiKey(handle.db, created.key))?.email).toBe("recruiter@example.com");
    expect((await listApiKeys(handle.db, id))[0].lastUsedAt).not.toBeNull();

    await revokeApiKey(handle.db, id, created.id!);
    expect(await userForApiKey(handle.db, created.key)).toBeNull();
    await expect(revokeApiKey(handle.db, id, created.id!)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("writes last_used_at at most once a minute per key", async () => {
    const created = await createApiKey(handle.db, await userId("seeker@example.com"), "busy script");
    const lastUsed = async () => (await handle.db.select().from(apiKeys).where(eq(apiKeys.id, created.id!)))[0].lastUsedAt;
    await userForApiKey(handle.db, created.key);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    await userForApiKey(handle.db, created.key);
    expect((await lastUsed())?.getTime()).toBe(first!.getTime());
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await handle.db.update(apiKeys).set({ lastUsedAt: twoMinutesAgo }).where(eq(apiKeys.id, created.id!));
    await userForApiKey(handle.db, created.key);
    expect((await lastUsed())!.getTime()).toBe(twoMinutesAgo.getTime());
    // A minute later (by this process's clock) the next use is written again.
    const later = Date.now() + 61_000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    await userForApiKey(handle.db, created.key);
    vi.restoreAllMocks();
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });

  it("remembers an accepted key for five seconds; a revocation elsewhere takes effect after that", async () => {
    const created = await createApiKey(handle.db, await userId("recruiter@example.com"), "looping script");
    expect(await userForApiKey(handle.db, created.key)).not.toBeNull();
    // Revoked by another process: this one's memory of the key still answers for a few seconds...
    await handle.db.update(apiKeys).set({ revokedAt: new Date() }).where(eq(apiKeys.id, created.id!));
    expect(await userForApiKey(handle.db, created.key)).not.toBeNull();
    // ...and no longer once they have passed.
    vi.spyOn(Date, "now").mockReturnValue(Date.now() + 5_001);
    expect(await userForApiKey(handle.db, created.key)).toBeNull();
    vi.restoreAllMocks();
    expect(await userForApiKey(handle.db, created.key)).toBeNull();
  });

  it("forgets a key revoked through another copy of this module (Next loads one per bundle)", async () => {
    const created = await createApiKey(handle.db, await userId("recruiter@example.com"), "revoked from Settings");
    expect(await userForApiKey(handle.db, created.key)).not.toBeNull();
    vi.resetModules();
    const otherCopy = await import("./api-keys");
    await otherCopy.revokeAnyApiKey(handle.db, created.id!);
    expect(await userForApiKey(handle.db, created.key)).toBeNull();
  });

  it("refuses unknown keys and another user's revocation", async () => {
    expect(await userForApiKey(handle.db, "hf_doesnotexist")).toBeNull();
    expect(await userForApiKey(handle.db, "not-even-our-format")).toBeNull();
    const created = await createApiKey(handle.db, await userId("admin@example.com"), "admin key");
    await expect(revokeApiKey(handle.db, await userId("seeker@example.com"), created.id!)).rejects.toBeInstanceOf(NotFoundError);
    expect(await userForApiKey(handle.db, created.key)).not.toBeNull();
  });
});

describe("password sign-in", () => {
  it("accepts the demo password, any email case, and refuses a wrong password", async () => {
    expect((await authenticateWithPassword(handle.db, "Seeker@Example.com", "hireflow-demo"))?.role).toBe("seeker");
    expect(await authenticateWithPassword(handle.db, "seeker@example.com", "wrong")).toBeNull();
    expect(await authenticateWithPassword(handle.db, "nobody@example.com", "hireflow-demo")).toBeNull();
  });
});

describe("API key expiry and admin revocation", () => {
  it("refuses a key after its expiry and accepts it before", async () => {
    const id = await userId("seeker@example.com");
    const now = new Date();
    const soon = await createApiKey(handle.db, id, "expiring", new Date(now.getTime() + 60_000));
    expect((await userForApiKey(handle.db, soon.key, now))?.email).toBe("seeker@example.com");
    expect(await userForApiKey(handle.db, soon.key, new Date(now.getTime() + 61_000))).toBeNull();
    const past = await createApiKey(handle.db, id, "already expired", new Date(now.getTime() - 1000));
    expect(await userForApiKey(handle.db, past.key)).toBeNull();
  });

  it("lets an admin list and revoke a recruiter's or a seeker's key", async () => {
    const recruiterKey = await createApiKey(handle.db, await userId("recruiter@example.com"), "recruiter script");
    const all = await listAllApiKeys(handle.db);
    expect(all.length).toBeGreaterThan(0);
    const listed = all.find((k) => k.id === recruiterKey.id);
    expect(listed?.owner.email).toBe("recruiter@example.com");
    await revokeAnyApiKey(handle.db, recruiterKey.id!);
    expect(await userForApiKey(handle.db, recruiterKey.key)).toBeNull();
    await expect(revokeAnyApiKey(handle.db, recruiterKey.id!)).rejects.toBeInstanceOf(NotFoundError);
  });
});
