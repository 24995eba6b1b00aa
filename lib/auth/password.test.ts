import { scryptSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes at OWASP's scrypt cost (N=2^17, r=8, p=1) and verifies it", async () => {
    const stored = await hashPassword("correct horse battery staple", 17);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(needsRehash(stored, 17)).toBe(false);
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  });

  it("still verifies a hash made at the old cost (N=2^15) and says it needs a rehash", async () => {
    const salt = randomBytes(16);
    const key = scryptSync("old password", salt, 64, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const old = ["scrypt", 32768, 8, 1, salt.toString("base64"), key.toString("base64")].join("$");
    expect(await verifyPassword("old password", old)).toBe(true);
    expect(needsRehash(old, 17)).toBe(true);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("same")).not.toEqual(await hashPassword("same"));
  });

  it("refuses a malformed or out-of-bounds stored hash instead of throwing", async () => {
    expect(await verifyPassword("x", "plaintext")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1$8$1$c2FsdA==$aGFzaA==")).toBe(false);
    expect(await verifyPassword("x", "scrypt$1073741824$8$1$c2FsdA==$aGFzaA==")).toBe(false);
  });

  it("has a dummy hash at today's cost for unknown e-mails", async () => {
    const dummy = await dummyPasswordHash(12);
    expect(needsRehash(dummy, 12)).toBe(false);
    expect(await dummyPasswordHash(12)).toBe(dummy);
  });
});
