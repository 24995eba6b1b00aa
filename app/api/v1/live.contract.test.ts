import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";
import { forgetRealtimeHub } from "@/lib/realtime/server";
import { callJson, callRoute, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";
import { GET } from "./live/route";

let env: ApiTestEnvironment;
beforeAll(async () => {
  env = await openApiTestEnvironment();
  forgetRealtimeHub();
});
afterAll(async () => {
  forgetRealtimeHub();
  await env.close();
});

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 10_000;
  while (!text.includes(needle) && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  return text;
}

describe("GET /api/v1/live", () => {
  it("streams the caller's own changes and the pipeline as Server-Sent Events", async () => {
    const controller = new AbortController();
    const [recruiter] = await env.handle.db.select().from(users).where(eq(users.email, "recruiter@example.com"));
    const res = await callRoute(GET, "/api/v1/live?topics=pipeline,me", { key: env.keys.recruiter, headers: {} });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    expect(await readUntil(reader, ": connected")).toContain("retry: 3000");
    await publish(env.handle.db, userTopic(recruiter.id), { kind: "notification" });
    await publish(env.handle.db, userTopic("someone-else"), { kind: "secret" });
    await publish(env.handle.db, pipelineTopic, { applicationId: "a1" });
    // A needle no uuid can contain by chance.
    const text = await readUntil(reader, '"applicationId":"a1"');
    expect(text).toMatch(/event: change\ndata: \{"topic":"user:[^"]+","data":\{"kind":"notification"\}\}/);
    expect(text).toContain('"applicationId":"a1"');
    expect(text).not.toContain("secret");
    controller.abort();
    await reader.cancel();
  });

  it("replays what a reconnecting page missed after its Last-Event-ID", async () => {
    const [seeker] = await env.handle.db.select().from(users).where(eq(users.email, "seeker@example.com"));
    await publish(env.handle.db, userTopic(seeker.id), { n: "missed" });
    const res = await callRoute(GET, "/api/v1/live?topics=me", { key: env.keys.seeker, headers: { "last-event-id": "0" } });
    const reader = res.body!.getReader();
    expect(await readUntil(reader, "missed")).toContain('"n":"missed"');
    await reader.cancel();
  });

  it("refuses the pipeline to a seeker and an unknown topic to anyone", async () => {
    expect((await callJson(GET, "/api/v1/live?topics=pipeline", { key: env.keys.seeker })).status).toBe(403);
    const bad = await callJson<{ error: { code: string } }>(GET, "/api/v1/live?topics=everything", { key: env.keys.admin });
    expect(bad.status).toBe(400);
    expect((await callJson(GET, "/api/v1/live?topics=me")).status).toBe(401);
  });
});
