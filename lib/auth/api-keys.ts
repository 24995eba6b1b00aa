import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { apiKeys, users, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";

const keyPrefix = "hf_";

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates a key for the user; the returned `key` is shown once and never stored. */
export async function createApiKey(db: Db, userId: string, name: string) {
  const key = keyPrefix + randomBytes(32).toString("base64url");
  const [row] = await db
    .insert(apiKeys)
    .values({ userId, name, prefix: key.slice(0, keyPrefix.length + 6), keyHash: hashKey(key) })
    .returning({ id: apiKeys.id, prefix: apiKeys.prefix, createdAt: apiKeys.createdAt });
  return { ...row, name, key };
}

const lastUseWritten = new Map<string, number>();

/** The user behind a presented key, or null when the key is unknown or revoked. */
export async function userForApiKey(db: Db, key: string): Promise<User | null> {
  if (!key.startsWith(keyPrefix)) return null;
  const [row] = await db
    .select({ user: users, keyId: apiKeys.id })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.keyHash, hashKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) return null;
  // At most one write a minute per key: a busy key would otherwise write on every request. The
  // in-process note skips even the no-op statement; the condition keeps other processes in step.
  const now = Date.now();
  if (now - (lastUseWritten.get(row.keyId) ?? 0) < 60_000) return row.user;
  if (lastUseWritten.size > 10_000) lastUseWritten.clear();
  lastUseWritten.set(row.keyId, now);
  await db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, row.keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return row.user;
}

export function listApiKeys(db: Db, userId: string) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.userId, userId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function revokeApiKey(db: Db, userId: string, keyId: string): Promise<void> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw new NotFoundError("An active API key with that id");
}
