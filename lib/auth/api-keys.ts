import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, users, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

const keyPrefix = "hf_";

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates a key for the user; the returned `key` is shown once and never stored. */
export async function createApiKey(db: Db, userId: string, name: string, expiresAt: Date | null = null) {
  const key = keyPrefix + randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(apiKeys)
    .values({ userId, name, prefix: key.slice(0, keyPrefix.length + 6), keyHash: hashKey(key), expiresAt })
    .returning({ id: apiKeys.id, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, expiresAt: apiKeys.expiresAt });
  return { ...row, name, key };
}

const lastUseWritten = new Map<string, number>();

/**
 * Recently accepted keys, for a few seconds: a script calling the API in a loop costs no key
 * lookup per request. A revocation in this process drops the entries at once; another process
 * (a second `next start`) stops accepting a revoked key within `keyCacheMs`. Only accepted keys
 * are kept, so an unknown key is looked up every time (and rate-limited by the caller).
 */
const keyCacheMs = 5_000;
type CachedKey = { db: Db; user: User; keyId: string; expiresAt: Date | null; until: number };
// On globalThis: Next loads this module once per bundle, and a revocation made by a server action
// (Settings, Account) must reach the copy the API routes read.
const acceptedKeys = ((globalThis as unknown as { __hireflowAcceptedKeys?: Map<string, CachedKey> }).__hireflowAcceptedKeys ??= new Map());

function forgetAcceptedKeys() {
  acceptedKeys.clear();
}

/** The user behind a presented key, or null when the key is unknown, revoked or expired. */
export async function userForApiKey(db: Db, key: string, now = new Date()): Promise<User | null> {
  if (!key.startsWith(keyPrefix)) return null;
  const hash = hashKey(key);
  const cached = acceptedKeys.get(hash);
  if (cached && cached.db === db && cached.until > Date.now() && (!cached.expiresAt || cached.expiresAt > now)) return cached.user;
  const [row] = await db
    .select({ user: users, keyId: apiKeys.id, expiresAt: apiKeys.expiresAt })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))))
    .limit(1);
  if (!row) {
    acceptedKeys.delete(hash);
    return null;
  }
  if (acceptedKeys.size > 10_000) acceptedKeys.clear();
  acceptedKeys.set(hash, { db, user: row.user, keyId: row.keyId, expiresAt: row.expiresAt, until: Date.now() + keyCacheMs });
  // At most one write a minute per key: a busy key would otherwise write on every request. The
  // in-process note skips even the no-op statement; the condition keeps other processes in step.
  const nowMs = Date.now();
  if (nowMs - (lastUseWritten.get(row.keyId) ?? 0) < 60_000) return row.user;
  if (lastUseWritten.size > 10_000) lastUseWritten.clear();
  lastUseWritten.set(row.keyId, nowMs);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return row.user;
}

const keyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  expiresAt: apiKeys.expiresAt,
};

/** One user's own keys, newest first. */
export function listApiKeys(db: Db, userId: string) {
  return db.select(keyColumns).from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Every key in the workspace with its owner, for admins. */
export function listAllApiKeys(db: Db) {
  return db
    .select({ ...keyColumns, owner: { id: users.id, email: users.email, name: users.name, role: users.role } })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Revokes one of the user's own keys; another user's key is "not found". */
export async function revokeApiKey(db: Db, userId: string, keyId: string): Promise<void> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  forgetAcceptedKeys();
  if (revoked.length === 0) throw new NotFoundError("An active API key with that id");
}

/** Revokes anyone's key: for admins (the caller checks `settings:manage`). */
export async function revokeAnyApiKey(db: Db, keyId: string): Promise<void> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  forgetAcceptedKeys();
  if (revoked.length === 0) throw new NotFoundError("An active API key with that id");
}
