import { z } from "zod";
import { config } from "@/lib/config";
import { appOrigins } from "@/lib/http/origin";
import { apiRoute } from "@/server/route";
import { activeCalendarToken, revokeCalendarToken, rotateCalendarToken } from "@/lib/interviews/calendar-tokens";

const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/** Whether the caller has a feed (never the token itself: it was shown once). */
export const GET = apiRoute({ doc: { summary: "Whether the caller has a calendar feed", description: "Never the token itself: it is shown once, when made.", response: z.object({ data: z.object({ active: z.boolean(), prefix: z.string().nullable(), created_at: z.iso.datetime().nullable() }) }) }, right: "calendar:own" }, async ({ db, user }) => {
  const active = await activeCalendarToken(db, user.id);
  return { data: active ? { active: true, prefix: active.prefix, created_at: active.createdAt.toISOString() } : { active: false, prefix: null, created_at: null } };
});

/** Creates the caller's feed, or rotates it: the old URL stops working. The URL is shown this once. */
export const POST = apiRoute({ doc: { summary: "Create or rotate the caller's calendar feed", description: "The old URL stops working; the new one is shown this once.", response: z.object({ data: z.object({ token: z.string(), feed_url: z.string(), prefix: z.string(), created_at: z.iso.datetime() }) }), status: 201 }, right: "calendar:own" }, async ({ db, user, request }) => {
  const created = await rotateCalendarToken(db, user.id);
  const origin = appOrigins(request, config())[0] ?? "";
  return Response.json({ data: { token: created.token, feed_url: `${origin}${feedPath(created.token)}`, prefix: created.prefix, created_at: created.createdAt.toISOString() } }, { status: 201 });
});

export const DELETE = apiRoute({ doc: { summary: "Revoke the caller's calendar feed", response: z.object({ data: z.object({ active: z.literal(false) }) }) }, right: "calendar:own" }, async ({ db, user }) => {
  await revokeCalendarToken(db, user.id);
  return { data: { active: false } };
});
