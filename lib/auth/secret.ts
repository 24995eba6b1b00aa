import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export type AuthSecretEnv = {
  NODE_ENV: "development" | "production" | "test";
  NEXTAUTH_SECRET?: string;
  DATABASE_URL?: string;
  PGLITE_DIR: string;
  NEXT_PHASE?: string;
};

const minLength = 32;

/** Where the embedded default keeps its generated secret: beside the PGlite data, never in the repo. */
export function authSecretPath(pgliteDir: string): string {
  return join(dirname(resolve(pgliteDir)), "auth-secret");
}

function readSecret(path: string): string | null {
  try {
    const secret = readFileSync(path, "utf8").trim();
    return secret.length >= minLength ? secret : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function generateAndKeep(path: string): string {
  const existing = readSecret(path);
  if (existing) return existing;
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  try {
    // "wx": when two processes start at once, the first writer wins and the other reads its secret.
    writeFileSync(path, secret + "\n", { mode: 0o600, flag: "wx" });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const winner = readSecret(path);
    if (!winner) throw new Error(`${path} exists but holds no usable secret; delete it or set NEXTAUTH_SECRET.`);
    return winner;
  }
}

/**
 * The key that signs session cookies. NEXTAUTH_SECRET when set; otherwise a random secret
 * generated once and kept beside the embedded database. Production with an external database
 * must set NEXTAUTH_SECRET: several servers would each invent their own.
 */
export function resolveAuthSecret(env: AuthSecretEnv): string {
  const given = env.NEXTAUTH_SECRET?.trim();
  if (given) {
    if (env.NODE_ENV === "production" && given.length < minLength) {
      throw new Error(`NEXTAUTH_SECRET must be at least ${minLength} characters in production (try: openssl rand -base64 48).`);
    }
    return given;
  }
  // `next build` evaluates modules but signs nothing; a throwaway secret keeps the build offline.
  if (env.NEXT_PHASE === "phase-production-build") return randomBytes(48).toString("base64url");
  if (env.NODE_ENV === "production" && env.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET is not set. Production with DATABASE_URL needs it (try: openssl rand -base64 48); refusing to start.");
  }
  return generateAndKeep(authSecretPath(env.PGLITE_DIR));
}
