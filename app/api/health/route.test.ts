import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, DatabaseHandle } from "@/db";
import { adoptDatabase } from "@/db";
import { openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { GET } from "./route";

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment();
});
afterAll(() => env.close());

const health = (headers: Record<string, string> = {}) => GET(new NextRequest("http://localhost/api/health", { headers }));

/** A database handle whose every query fails the way a broken connection does, with SQL in the message. */
function brokenDatabase(): DatabaseHandle {
  const fail = () => {
    throw new Error('connect ECONNREFUSED 10.0.0.5:5432 (select 1 from "users" where password_hash = $1)');
  };
  const db = new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : fail) }) as unknown as Db;
  return { db, kind: "postgres", close: async () => {} } as unknown as DatabaseHandle;
}

describe("GET /api/health", () => {
  it("tells an anonymous caller only up or down per component", async () => {
    const res = await health();
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["database", "runner", "status"]);
    expect(body.database).toBe("up");
    expect(["up", "down", "disabled"]).toContain(body.runner);
  });

  it("gives an admin the details, and a seeker the anonymous answer", async () => {
    const admin = await (await health({ authorization: `Bearer ${env.keys.admin}` })).json();
    expect(admin.details.database).toMatchObject({ ok: true });
    expect(admin.details.runner).toHaveProperty("queued");
    const seeker = await (await health({ authorization: `Bearer ${env.keys.seeker}` })).json();
    expect(seeker).not.toHaveProperty("details");
  });

  it("says the database is down without the raw error", async () => {
    adoptDatabase(brokenDatabase());
    try {
      const res = await health({ authorization: `Bearer ${env.keys.admin}` });
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ status: "degraded", database: "down" });
      expect(text).not.toMatch(/ECONNREFUSED|select|password_hash|10\.0\.0\.5/);
    } finally {
      adoptDatabase(env.handle);
    }
  });
});
