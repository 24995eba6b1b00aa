import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { config } from "@/lib/config";

// scrypt at OWASP's recommendation (N=2^17, r=8, p=1): ~128 MiB and a few hundred ms per check.
const blockSize = 8;
const parallelism = 1;
const keyLength = 64;

type Cost = { N: number; r: number; p: number };

function derive(password: string, salt: Buffer, { N, r, p }: Cost): Promise<Buffer> {
  // Node refuses above 32 MiB by default; scrypt needs 128 * N * r bytes, so allow twice that.
  const maxmem = 256 * N * r;
  return new Promise((resolve, reject) => scrypt(password, salt, keyLength, { N, r, p, maxmem }, (err, key) => (err ? reject(err) : resolve(key))));
}

function currentCost(logN = config().PASSWORD_SCRYPT_LOG_N): Cost {
  return { N: 2 ** logN, r: blockSize, p: parallelism };
}

/** The cost a stored hash was made with, or null when it is not one of ours or out of bounds. */
function parseStored(stored: string): { cost: Cost; salt: Buffer; hash: Buffer } | null {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return null;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const powerOfTwo = Number.isInteger(Math.log2(cost.N));
  if (!powerOfTwo || cost.N < 2 ** 10 || cost.N > 2 ** 20 || !(cost.r >= 1 && cost.r <= 32) || !(cost.p >= 1 && cost.p <= 16)) return null;
  return { cost, salt: Buffer.from(salt, "base64"), hash: Buffer.from(hash, "base64") };
}

/** Returns `scrypt$N$r$p$salt$hash` (base64 parts), safe to store. */
export async function hashPassword(password: string, logN?: number): Promise<string> {
  const cost = currentCost(logN);
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ["scrypt", cost.N, cost.r, cost.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** Checks with the cost the hash was made with, so hashes from before a cost change still verify. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed.cost);
  return actual.length === parsed.hash.length && timingSafeEqual(actual, parsed.hash);
}

/** True when a verified hash was made at another cost than today's and should be replaced. */
export function needsRehash(stored: string, logN?: number): boolean {
  const parsed = parseStored(stored);
  const cost = currentCost(logN);
  return !parsed || parsed.cost.N !== cost.N || parsed.cost.r !== cost.r || parsed.cost.p !== cost.p;
}

const dummies = new Map<number, Promise<string>>();

/** A hash of a random password at today's cost: checked for unknown e-mails so they take as long. */
export function dummyPasswordHash(logN = config().PASSWORD_SCRYPT_LOG_N): Promise<string> {
  let dummy = dummies.get(logN);
  if (!dummy) {
    dummy = hashPassword(randomBytes(24).toString("base64url"), logN);
    dummies.set(logN, dummy);
  }
  return dummy;
}
