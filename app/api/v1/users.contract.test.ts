import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/users";
import { callJson, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { POST as createUser } from "./users/route";

type ErrorBody = { error: { code: string; message: string; details: unknown } };

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment();
});
afterAll(() => env.close());

const post = (key: string, body: unknown) => callJson<{ id: string } & ErrorBody>(createUser, "/api/v1/users", { key, body });

describe("POST /api/v1/users", () => {
  it("lets an admin add a seeker who can then sign in with that password", async () => {
    const email = `Kim.${randomUUID()}@Example.com`;
    const created = await post(env.keys.admin, { email, name: "Kim Seeker", role: "seeker", password: "a long enough secret" });
    expect(created.status).toBe(201);
    const user = await authenticateWithPassword(env.handle.db, email, "a long enough secret");
    expect(user).toMatchObject({ id: created.body.id, email: email.toLowerCase(), role: "seeker", name: "Kim Seeker" });
  });

  it("answers 409 for an e-mail already taken, 400 for a bad body, 403 for anyone but an admin", async () => {
    const taken = await post(env.keys.admin, { email: "SEEKER@example.com", name: "Again", role: "seeker", password: "a long enough secret" });
    expect([taken.status, taken.body.error.code]).toEqual([409, "conflict"]);
    const bad = await post(env.keys.admin, { email: "not-an-email", name: "", role: "owner", password: "short" });
    expect(bad.status).toBe(400);
    expect((bad.body.error.details as Array<{ path: string }>).map((d) => d.path).sort()).toEqual(["email", "name", "password", "role"]);
    for (const key of [env.keys.recruiter, env.keys.seeker]) {
      expect((await post(key, { email: `x-${randomUUID()}@example.com`, name: "X", role: "admin", password: "a long enough secret" })).status).toBe(403);
    }
  });
});
