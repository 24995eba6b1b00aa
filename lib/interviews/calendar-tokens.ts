import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { calendarTokens, users, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

// A private calendar feed's token is its only credential: shown once, stored as a SHA-256 hash,
// one active token per user (creating again rotates it, so an old URL stops working).

const tokenPrefix = "hfcal_";
/** What a feed URL's last segment must look like before any lookup: prefix + 43 base64url characters. */
const tokenShape = /^hfcal_[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type CalendarTokenInfo = { id: string; prefix: string; createdAt: Date };

/** Creates the user's feed token, revoking any earlier one; the returned `token` is shown once and never stored. */
export async function rotateCalendarToken(db: Db, userId: string, now = new Date()): Promise<CalendarTokenInfo & { token: string }> {
  const token = tokenPrefix + randomBytes(32).toString("base64url");
  const row = await db.transaction(async (tx) => {
    await tx.update(calendarTokens).set({ revokedAt: now }).where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)));
    const [created] = await tx
      .insert(calendarTokens)
      .values({ userId, tokenHash: hashToken(token), prefix: token.slice(0, tokenPrefix.length + 6), createdAt: now })
      .returning({ id: calendarTokens.id, prefix: calendarTokens.prefix, createdAt: calendarTokens.createdAt });
    return created;
  });
  return { ...row, token };
}

/** The user's active token (without the secret), or null. */
export async function activeCalendarToken(db: Db, userId: string): Promise<CalendarTokenInfo | null> {
  const [row] = await db
    .select({ id: calendarTokens.id, prefix: calendarTokens.prefix, createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt))
    .limit(1);
  return row ?? null;
}

/** Revokes the user's feed: its URL answers 404 from now on. */
export async function revokeCalendarToken(db: Db, userId: string, now = new Date()): Promise<void> {
  const revoked = await db
    .update(calendarTokens)
    .set({ revokedAt: now })
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .returning({ id: calendarTokens.id });
  if (revoked.length === 0) throw new NotFoundError("An active calendar feed");
}

/**
 * The user a presented token belongs to, or null (unknown, revoked or malformed). The lookup is
 * by hash, so timing says nothing about the secret; the stored hash is compared in constant time.
 */
export async function userForCalendarToken(db: Db, token: string): Promise<User | null> {
  if (!tokenShape.test(token)) return null;
  const hash = hashToken(token);
  const [row] = await db
    .select({ user: users, tokenHash: calendarTokens.tokenHash })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.tokenHash, hash), isNull(calendarTokens.revokedAt)))
    .limit(1);
  if (!row || !timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(hash, "hex"))) return null;
  return row.user;
}
