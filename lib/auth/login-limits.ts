import { and, count, eq, gte, lt, min, or } from "drizzle-orm";
import type { Db } from "@/db";
import { loginFailures } from "@/db/schema";
import { config } from "@/lib/config";

// Kept in the database, so every app process counts the same failures.

export type LoginLimits = { perAccount: number; perAddress: number; windowMs: number };

export function loginLimits(): LoginLimits {
  const c = config();
  return { perAccount: c.LOGIN_MAX_FAILURES_PER_ACCOUNT, perAddress: c.LOGIN_MAX_FAILURES_PER_ADDRESS, windowMs: c.LOGIN_FAILURE_WINDOW_MINUTES * 60_000 };
}

export type LoginAttempt = { email: string; address: string };

/** Seconds until another try is allowed for this e-mail or address, or null when allowed now. */
export async function loginRetryAfter(db: Db, attempt: LoginAttempt, limits = loginLimits(), now = new Date()): Promise<number | null> {
  const since = new Date(now.getTime() - limits.windowMs);
  const waits: number[] = [];
  for (const [column, value, limit] of [
    [loginFailures.email, attempt.email, limits.perAccount],
    [loginFailures.address, attempt.address, limits.perAddress],
  ] as const) {
    const [row] = await db
      .select({ n: count(), oldest: min(loginFailures.failedAt) })
      .from(loginFailures)
      .where(and(eq(column, value), gte(loginFailures.failedAt, since)));
    if (row && row.n >= limit && row.oldest) {
      waits.push(Math.max(1, Math.ceil((new Date(row.oldest).getTime() + limits.windowMs - now.getTime()) / 1000)));
    }
  }
  return waits.length ? Math.max(...waits) : null;
}

export async function recordLoginFailure(db: Db, attempt: LoginAttempt, limits = loginLimits(), now = new Date()): Promise<void> {
  await db.insert(loginFailures).values({ email: attempt.email, address: attempt.address, failedAt: now });
  // Failures older than the window count for nothing; drop this caller's, so the table stays small.
  const since = new Date(now.getTime() - limits.windowMs);
  await db.delete(loginFailures).where(and(lt(loginFailures.failedAt, since), or(eq(loginFailures.email, attempt.email), eq(loginFailures.address, attempt.address))));
}

/** A successful sign-in forgives the account's earlier mistakes (not the address's). */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
