import { randomFillSync } from "node:crypto";

/** Random bytes drawn in blocks: one call into the system's generator per 256 ids. */
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;

/**
 * A version 7 UUID (RFC 9562): 48 bits of Unix milliseconds, then random bits; the same layout as
 * the database's uuid_time_ordered() (migration 0016). Rows inserted together get neighbouring
 * keys, so the indexes on them grow at their right edge instead of every insert touching a random
 * page of a large index. Ids made in the same millisecond are in no particular order.
 */
export function timeOrderedUuid(nowMs: number = Date.now()): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
