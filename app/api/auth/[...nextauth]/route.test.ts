import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { loginFailures } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { openTestDatabase } from "@/tests/db";
import { POST } from "./route";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  await seedDemoData(handle.db);
});
afterAll(() => handle.close());

function credentialsPost(email: string, address: string) {
  const body = new URLSearchParams({ email, password: "guess", csrfToken: "t", json: "true" }).toString();
  const request = new NextRequest("http://localhost/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body,
  });
  return POST(request, { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) });
}

describe("POST /api/auth/callback/credentials", () => {
  it("answers 429 with Retry-After and the JSON error body once the account is over its failure limit", async () => {
    const now = Date.now();
    await handle.db.insert(loginFailures).values(Array.from({ length: 10 }, (_, i) => ({ email: "admin@example.com", address: `10.1.0.${i}`, failedAt: new Date(now - i * 1000) })));
    const res = await credentialsPost("Admin@Example.com", "10.2.0.1");
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(13 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = await res.json();
    expect(body.error).toMatchObject({ code: "rate_limited" });
    expect(body.error.message).toMatch(/Too many failed sign-ins/);
  });

  it("answers 429 for an address over its limit, whatever the account", async () => {
    const now = Date.now();
    await handle.db.insert(loginFailures).values(Array.from({ length: 50 }, (_, i) => ({ email: `n${i}@example.com`, address: "198.51.100.9", failedAt: new Date(now) })));
    expect((await credentialsPost("seeker@example.com", "198.51.100.9")).status).toBe(429);
  });
});
