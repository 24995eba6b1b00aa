import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { config, resetConfigForTests } from "@/lib/config";
import { authSecretPath, resolveAuthSecret } from "./secret";

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), "hireflow-secret-"));
  dirs.push(dir);
  return join(dir, "pglite");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("resolveAuthSecret", () => {
  it("uses NEXTAUTH_SECRET when set", () => {
    expect(resolveAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(40), DATABASE_URL: "postgres://db/app", PGLITE_DIR: dataDir() })).toBe("x".repeat(40));
  });

  it("refuses to start in production with an external database and no secret", () => {
    expect(() => resolveAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app", PGLITE_DIR: dataDir() })).toThrow(/NEXTAUTH_SECRET is not set/);
    expect(() => resolveAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "short", PGLITE_DIR: dataDir() })).toThrow(/at least 32/);
  });

  it("generates a random secret once beside the embedded data, private to the owner, and keeps it", () => {
    const pglite = dataDir();
    const first = resolveAuthSecret({ NODE_ENV: "production", PGLITE_DIR: pglite });
    const path = authSecretPath(pglite);
    expect(path.startsWith(join(pglite, ".."))).toBe(true);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path, "utf8").trim()).toBe(first);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ NODE_ENV: "development", PGLITE_DIR: pglite })).toBe(first);
    expect(resolveAuthSecret({ NODE_ENV: "production", PGLITE_DIR: dataDir() })).not.toBe(first);
  });

  it("never returns the old constant, and replaces an unusable file only by refusing", () => {
    const pglite = dataDir();
    expect(resolveAuthSecret({ NODE_ENV: "development", PGLITE_DIR: pglite })).not.toMatch(/hireflow-development-secret/);
    const other = dataDir();
    resolveAuthSecret({ NODE_ENV: "development", PGLITE_DIR: other });
    writeFileSync(authSecretPath(other), "tiny");
    expect(() => resolveAuthSecret({ NODE_ENV: "development", PGLITE_DIR: other })).toThrow(/no usable secret/);
  });

  it("signs nothing during next build, so a throwaway secret is enough there", () => {
    const a = resolveAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app", PGLITE_DIR: dataDir(), NEXT_PHASE: "phase-production-build" });
    const b = resolveAuthSecret({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app", PGLITE_DIR: dataDir(), NEXT_PHASE: "phase-production-build" });
    expect(a).not.toBe(b);
  });
});

describe("config().authSecret", () => {
  it("refuses a scrypt cost below OWASP's in production", () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { NODE_ENV: "production", NEXTAUTH_SECRET: "s".repeat(40), PASSWORD_SCRYPT_LOG_N: "12" });
      resetConfigForTests();
      expect(() => config()).toThrow(/PASSWORD_SCRYPT_LOG_N/);
    } finally {
      process.env = saved;
      resetConfigForTests();
    }
  });

  it("has no constant fallback: production with a database and no secret refuses", () => {
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { NODE_ENV: "production", DATABASE_URL: "postgres://db.internal/app", NEXTAUTH_SECRET: "" });
      delete process.env.PASSWORD_SCRYPT_LOG_N;
      resetConfigForTests();
      expect(() => config().authSecret).toThrow(/NEXTAUTH_SECRET is not set/);
    } finally {
      process.env = saved;
      resetConfigForTests();
    }
  });
});
