import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "@/db";
import { loginFailures, users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { openTestDatabase } from "@/tests/db";
import * as password from "./password";
import { signInWithPassword } from "./sign-in";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db);
});
afterAll(() => handle.close());

const limits = { perAccount: 10, perAddress: 50, windowMs: 15 * 60_000 };

describe("signInWithPassword", () => {
  it("refuses the 11th try on one account within the window, even with the right password, and says how long to wait", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 10; i++) {
      const r = await signInWithPassword(handle.db, { email: "recruiter@example.com", password: `guess-${i}`, address: `10.0.0.${i}` }, limits, now);
      expect(r).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await signInWithPassword(handle.db, { email: "Recruiter@Example.com", password: "hireflow-demo", address: "10.9.9.9" }, limits, new Date(now.getTime() + 60_000));
    expect(refused).toEqual({ ok: false, reason: "limited", retryAfterSeconds: 14 * 60 });
    const later = await signInWithPassword(handle.db, { email: "recruiter@example.com", password: "hireflow-demo", address: "10.9.9.9" }, limits, new Date(now.getTime() + 16 * 60_000));
    expect(later.ok).toBe(true);
    const left = await handle.db.select().from(loginFailures).where(eq(loginFailures.email, "recruiter@example.com"));
    expect(left).toHaveLength(0);
  });

  it("limits one address across many accounts", async () => {
    const now = new Date("2026-01-02T10:00:00Z");
    const small = { ...limits, perAddress: 5 };
    for (let i = 0; i < 5; i++) {
      expect((await signInWithPassword(handle.db, { email: `nobody${i}@example.com`, password: "x", address: "203.0.113.7" }, small, now)).ok).toBe(false);
    }
    const refused = await signInWithPassword(handle.db, { email: "admin@example.com", password: "hireflow-demo", address: "203.0.113.7" }, small, now);
    expect(refused).toMatchObject({ ok: false, reason: "limited" });
    const elsewhere = await signInWithPassword(handle.db, { email: "admin@example.com", password: "hireflow-demo", address: "198.51.100.1" }, small, now);
    expect(elsewhere.ok).toBe(true);
  });

  it("does the same scrypt work for an unknown e-mail as for a known one", async () => {
    const spy = vi.spyOn(password, "verifyPassword");
    await signInWithPassword(handle.db, { email: "ghost@example.com", password: "whatever", address: "192.0.2.1" }, limits);
    await signInWithPassword(handle.db, { email: "seeker@example.com", password: "whatever", address: "192.0.2.1" }, limits);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[0][1]).toMatch(/^scrypt\$/);
    spy.mockRestore();
  });

  it("replaces an older-cost hash on a successful sign-in", async () => {
    const old = await password.hashPassword("hireflow-demo", 11);
    await handle.db.update(users).set({ passwordHash: old }).where(eq(users.email, "seeker@example.com"));
    expect((await signInWithPassword(handle.db, { email: "seeker@example.com", password: "hireflow-demo", address: "192.0.2.2" }, limits)).ok).toBe(true);
    const [u] = await handle.db.select().from(users).where(eq(users.email, "seeker@example.com"));
    expect(u.passwordHash).not.toBe(old);
    expect(password.needsRehash(u.passwordHash)).toBe(false);
  });
});
