import type { Db } from "@/db";
import type { User } from "@/db/schema";
import { clearAccountFailures, loginLimits, loginRetryAfter, recordLoginFailure, type LoginLimits } from "./login-limits";
import { authenticateWithPassword, normaliseEmail } from "./users";

export type SignInResult = { ok: true; user: User } | { ok: false; reason: "invalid" } | { ok: false; reason: "limited"; retryAfterSeconds: number };

/**
 * One password sign-in, as the login form and next-auth's credentials callback both do it:
 * refused outright while the account or the address is over its failure limit, else checked,
 * with a failure counted against both.
 */
export async function signInWithPassword(db: Db, input: { email: string; password: string; address: string }, limits: LoginLimits = loginLimits(), now = new Date()): Promise<SignInResult> {
  const attempt = { email: normaliseEmail(input.email), address: input.address };
  const wait = await loginRetryAfter(db, attempt, limits, now);
  if (wait !== null) return { ok: false, reason: "limited", retryAfterSeconds: wait };
  const user = await authenticateWithPassword(db, attempt.email, input.password);
  if (!user) {
    await recordLoginFailure(db, attempt, limits, now);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountFailures(db, attempt.email);
  return { ok: true, user };
}

/** What the person signing in is told when they are over the limit. */
export function limitedMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
