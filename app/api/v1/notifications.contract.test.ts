import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifications, users } from "@/db/schema";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { POST as markRead } from "./notifications/read/route";
import { GET as getPreferences, PUT as putPreferences } from "./notifications/preferences/route";
import { GET as list } from "./notifications/route";

type Notification = { id: string; kind: string; title: string; body: string; link: string | null; read: boolean; read_at: string | null; created_at: string; channel: string };
type Page = { data: Notification[]; page: number; limit: number; total: number; total_pages: number; unread: number };
type ErrorBody = { error: { code: string; message: string; details: unknown } };
type Preferences = { preferences: Record<string, string>; email_configured: boolean };

let env: ApiTestEnvironment;
let keys: ApiKeys;
let seekerIds: string[];
let recruiterId: string;

beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const { db } = env.handle;
  const [seeker] = await db.select().from(users).where(eq(users.role, "seeker"));
  const [recruiter] = await db.select().from(users).where(eq(users.role, "recruiter"));
  const at = (minutes: number) => new Date(Date.UTC(2026, 0, 10, 9, minutes));
  const rows = await db
    .insert(notifications)
    .values([
      ...[0, 1, 2, 3, 4].map((i) => ({
        userId: seeker.id,
        kind: "stage_changed" as const,
        title: `Seeker ${i}`,
        link: `/portal/applications/${i}`,
        eventId: crypto.randomUUID(),
        channel: "in_app" as const,
        createdAt: at(i),
        readAt: i === 0 ? at(30) : null,
      })),
      { userId: recruiter.id, kind: "strong_match" as const, title: "Recruiter's own", eventId: crypto.randomUUID(), channel: "in_app" as const, createdAt: at(9) },
    ])
    .returning();
  seekerIds = rows.filter((r) => r.userId === seeker.id).map((r) => r.id);
  recruiterId = rows.find((r) => r.userId === recruiter.id)!.id;
});
afterAll(() => env.close());

describe("GET /api/v1/notifications", () => {
  it("lists only the caller's own, newest first, paged, with the unread count", async () => {
    const first = await callJson<Page>(list, "/api/v1/notifications?limit=2", { key: keys.seeker });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ page: 1, limit: 2, total: 5, total_pages: 3, unread: 4 });
    expect(first.body.data.map((n) => n.title)).toEqual(["Seeker 4", "Seeker 3"]);
    expect(first.body.data[0]).toMatchObject({ kind: "stage_changed", link: "/portal/applications/4", read: false, read_at: null, channel: "in_app" });
    const last = await callJson<Page>(list, "/api/v1/notifications?limit=2&page=3", { key: keys.seeker });
    expect(last.body.data.map((n) => n.title)).toEqual(["Seeker 0"]);
    expect(last.body.data[0].read).toBe(true);
    const unread = await callJson<Page>(list, "/api/v1/notifications?unread=true", { key: keys.seeker });
    expect(unread.body.total).toBe(4);
    expect(unread.body.data.every((n) => !n.read)).toBe(true);
    const recruiter = await callJson<Page>(list, "/api/v1/notifications", { key: keys.recruiter });
    expect(recruiter.body.data.map((n) => n.id)).toEqual([recruiterId]);
  });

  it("refuses a malformed query with 400 and a caller without a key with 401", async () => {
    for (const query of ["unread=maybe", "page=0", "limit=1000", "page=x"]) {
      const res = await callJson<ErrorBody>(list, `/api/v1/notifications?${query}`, { key: keys.seeker });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
    }
    expect((await callJson<ErrorBody>(list, "/api/v1/notifications")).status).toBe(401);
  });
});

describe("POST /api/v1/notifications/read", () => {
  it("marks the caller's own ids read and leaves anyone else's untouched", async () => {
    const res = await callJson<{ marked: number; unread: number }>(markRead, "/api/v1/notifications/read", { key: keys.seeker, body: { ids: [seekerIds[4], recruiterId] } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ marked: 1, unread: 3 });
    const recruiter = await callJson<Page>(list, "/api/v1/notifications?unread=true", { key: keys.recruiter });
    expect(recruiter.body.data.map((n) => n.id)).toEqual([recruiterId]);
  });

  it("marks all of the caller's own read", async () => {
    const res = await callJson<{ marked: number; unread: number }>(markRead, "/api/v1/notifications/read", { key: keys.seeker, body: { all: true } });
    expect(res.body).toEqual({ marked: 3, unread: 0 });
    expect((await callJson<Page>(list, "/api/v1/notifications?unread=1", { key: keys.recruiter })).body.unread).toBe(1);
  });

  it("400 for a body that names nothing or is malformed", async () => {
    for (const body of [{}, { ids: [] }, { ids: ["42"] }, { all: false }, { ids: [seekerIds[0]], extra: 1 }]) {
      const res = await callJson<ErrorBody>(markRead, "/api/v1/notifications/read", { key: keys.seeker, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
    }
  });
});

describe("GET/PUT /api/v1/notifications/preferences", () => {
  it("defaults every kind to in_app, and saves the kinds given", async () => {
    const initial = await callJson<Preferences>(getPreferences, "/api/v1/notifications/preferences", { key: keys.recruiter });
    expect(initial.status).toBe(200);
    expect(initial.body).toEqual({
      preferences: { stage_changed: "in_app", interview: "in_app", follow_up_due: "in_app", strong_match: "in_app", sync_failed: "in_app", webhook_disabled: "in_app" },
      email_configured: false,
    });
    const put = await callJson<Preferences>(putPreferences, "/api/v1/notifications/preferences", { key: keys.recruiter, method: "PUT", body: { preferences: { strong_match: "email", sync_failed: "off" } } });
    expect(put.status).toBe(200);
    expect(put.body.preferences).toMatchObject({ stage_changed: "in_app", strong_match: "email", sync_failed: "off" });
    const again = await callJson<Preferences>(putPreferences, "/api/v1/notifications/preferences", { key: keys.recruiter, method: "PUT", body: { preferences: { strong_match: "in_app" } } });
    expect(again.body.preferences).toMatchObject({ strong_match: "in_app", sync_failed: "off" });
    // Another user's choices are their own.
    const seeker = await callJson<Preferences>(getPreferences, "/api/v1/notifications/preferences", { key: keys.seeker });
    expect(seeker.body.preferences.sync_failed).toBe("in_app");
  });

  it("400 for an unknown kind or channel, or nothing to change", async () => {
    for (const body of [{ preferences: { strong_match: "pigeon" } }, { preferences: { weather: "email" } }, { preferences: {} }, {}, { strong_match: "email" }]) {
      const res = await callJson<ErrorBody>(putPreferences, "/api/v1/notifications/preferences", { key: keys.seeker, method: "PUT", body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("invalid_request");
    }
  });
});
