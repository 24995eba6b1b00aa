import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { adoptDatabase, type DatabaseHandle } from "@/db";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { encode } from "next-auth/jwt";
import { createApiKey } from "@/lib/auth/api-keys";
import { config, resetConfigForTests } from "@/lib/config";
import { apiAdmission, resetApiAdmissionForTests } from "@/lib/http/admission";
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
function call(handler: ReturnType<typeof apiRoute>, init: { key?: string; url?: string; method?: string; body?: BodyInit; auth?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  if (init.auth) headers.authorization = init.auth;
  return handler(new NextRequest(init.url ?? "http://localhost/api/v1/x", { method: init.method ?? "GET", headers, body: init.body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]), noParams);
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

  it("answers 401 for an expired key", async () => {
    const [u] = await handle.db.select().from(users).where(eq(users.email, "admin@example.com"));
    const expired = await createApiKey(handle.db, u.id, "old", new Date(Date.now() - 1000));
    const res = await call(echo, { key: expired.key });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toMatch(/expired/);
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

describe("apiRoute input limits", () => {
  it("answers 413 with the JSON error body for a body over the cap, declared or streamed", async () => {
    const big = JSON.stringify({ name: "x".repeat(2 * 1024 * 1024) });
    const declared = await call(echo, { key: keys.admin, method: "POST", body: big });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "payload_too_large" });
    // Declared oversize is refused before the caller's right is even checked.
    const anyone = await call(echo, { method: "POST", body: big, headers: { "content-length": String(big.length) } });
    expect(anyone.status).toBe(413);
    const chunk = new TextEncoder().encode(" ".repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 8) c.enqueue(chunk);
        else c.close();
      },
    });
    const streamed = await call(echo, { key: keys.admin, method: "POST", body: stream, headers: { "content-type": "application/json" } });
    expect(streamed.status).toBe(413);
    expect((await streamed.json()).error.code).toBe("payload_too_large");
  });

  it("answers 400, not 500, for a NUL byte or a lone surrogate in the query or the body", async () => {
    const q = await call(echo, { key: keys.admin, url: "http://localhost/api/v1/x?n=%00" });
    expect(q.status).toBe(400);
    expect((await q.json()).error.details[0].path).toBe("n");
    for (const name of ["a\\u0000b", "\\ud800"]) {
      const res = await call(echo, { key: keys.admin, method: "POST", body: `{"name":"${name}"}` });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe("invalid_request");
    }
  });
});

describe("apiRoute with the session cookie", () => {
  async function cookieFor(email: string) {
    const [u] = await handle.db.select().from(users).where(eq(users.email, email));
    const token = await encode({ token: { uid: u.id, role: u.role, email }, secret: config().authSecret });
    return `next-auth.session-token=${token}`;
  }

  it("refuses an unsafe request from another origin or with no origin, and accepts its own", async () => {
    const cookie = await cookieFor("admin@example.com");
    const post = (headers: Record<string, string>) => call(echo, { method: "POST", body: JSON.stringify({ name: "n" }), headers: { cookie, host: "localhost", ...headers } });
    const crossSite: Record<string, string>[] = [{ origin: "https://evil.example" }, {}, { referer: "https://evil.example/page" }, { origin: "null" }];
    for (const headers of crossSite) {
      const res = await post(headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
    expect((await post({ origin: "http://localhost" })).status).toBe(200);
    expect((await post({ referer: "http://localhost/settings" })).status).toBe(200);
    // A safe method and an API key need no Origin.
    expect((await call(echo, { headers: { cookie } })).status).toBe(200);
    expect((await call(echo, { key: keys.admin, method: "POST", body: JSON.stringify({ name: "n" }), headers: { origin: "https://evil.example" } })).status).toBe(200);
  });
});

describe("apiRoute beyond capacity", () => {
  it("answers 503 at once, before touching the database, when every slot and the queue are taken", async () => {
    Object.assign(process.env, { API_MAX_CONCURRENT: "1", API_QUEUE_LIMIT: "0" });
    resetConfigForTests();
    resetApiAdmissionForTests();
    try {
      const release = await apiAdmission().admit();
      const route = apiRoute({ right: "jobs:read" }, async () => ({ ok: true }));
      const started = performance.now();
      const res = await route(new NextRequest("http://localhost/api/v1/jobs"), { params: Promise.resolve({}) });
      // Not after the queue's deadline (API_QUEUE_TIMEOUT_MS, 2 s by default).
      expect(performance.now() - started).toBeLessThan(1000);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await res.json()).error.code).toBe("unavailable");
      release();
    } finally {
      delete process.env.API_MAX_CONCURRENT;
      delete process.env.API_QUEUE_LIMIT;
      resetConfigForTests();
      resetApiAdmissionForTests();
    }
  });
});
