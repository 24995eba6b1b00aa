import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { createApiKey } from "@/lib/auth/api-keys";
import { openTestDatabase } from "@/tests/db";
import { ConflictError } from "@/lib/errors";
import { apiRoute } from "./route";

let handle: DatabaseHandle;
const keys: Record<string, string> = {};
beforeAll(async () => {
  handle = await openTestDatabase();
  adoptDatabase(handle);
  await seedDemoData(handle.db);
  for (const role of ["admin", "recruiter", "seeker"]) {
    const [u] = await handle.db.select().from(users).where(eq(users.email, `${role}@example.com`));
    keys[role] = (await createApiKey(handle.db, u.id, "test")).key;
  }
});
afterAll(() => handle.close());

const noParams = { params: Promise.resolve({}) };
function call(handler: ReturnType<typeof apiRoute>, init: { key?: string; url?: string; method?: string; body?: string; auth?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  if (init.auth) headers.authorization = init.auth;
  return handler(new NextRequest(init.url ?? "http://localhost/api/v1/x", { method: init.method ?? "GET", headers, body: init.body }), noParams);
}

const echo = apiRoute(
  { right: "sources:manage", query: z.object({ n: z.coerce.number().int().max(5).optional() }), body: z.object({ name: z.string().min(1) }).optional() },
  async ({ user, query, body }) => ({ role: user.role, n: query.n ?? null, name: body?.name ?? null }),
);

describe("apiRoute", () => {
  it("answers 401 with the JSON error body without credentials or with a bad key", async () => {
    for (const init of [{}, { key: "hf_wrong" }, { auth: "Basic abc" }]) {
      const res = await call(echo, init);
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.error.code).toBe("unauthenticated");
      expect(typeof body.error.message).toBe("string");
      expect(body.error).toHaveProperty("details");
    }
  });

  it("answers 403 for a role without the right and 200 for one with it", async () => {
    expect((await call(echo, { key: keys.recruiter })).status).toBe(403);
    const ok = await call(echo, { key: keys.admin });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ role: "admin", n: null, name: null });
  });

  it("answers 400 with details for a bad query, malformed JSON and a body failing its schema", async () => {
    const badQuery = await call(echo, { key: keys.admin, url: "http://localhost/api/v1/x?n=99" });
    expect(badQuery.status).toBe(400);
    expect((await badQuery.json()).error.details[0].path).toBe("n");
    const badJson = await call(echo, { key: keys.admin, method: "POST", body: "{nope" });
    expect(badJson.status).toBe(400);
    expect((await badJson.json()).error.message).toMatch(/not valid JSON/);
    const badBody = await call(echo, { key: keys.admin, method: "POST", body: JSON.stringify({ name: "" }) });
    expect(badBody.status).toBe(400);
    expect((await badBody.json()).error.details[0].path).toBe("name");
  });

  it("maps typed errors to their status and hides unexpected ones behind a 500", async () => {
    const conflict = apiRoute({ right: "jobs:read" }, async () => {
      throw new ConflictError("Already running", { run_id: "r1" });
    });
    const res = await call(conflict, { key: keys.seeker });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "conflict", message: "Already running", details: { run_id: "r1" } } });

    const broken = apiRoute({ right: "jobs:read" }, async () => {
      throw new Error("secret internals");
    });
    const hidden = await call(broken, { key: keys.seeker });
    expect(hidden.status).toBe(500);
    expect(JSON.stringify(await hidden.json())).not.toContain("secret internals");
  });
});
