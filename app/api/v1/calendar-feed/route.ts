import { config } from "@/lib/config";
import { appOrigins } from "@/lib/http/origin";
import { apiRoute } from "@/lib/http/route";
import { activeCalendarToken, revokeCalendarToken, rotateCalendarToken } from "@/lib/interviews/calendar-tokens";

const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/** Whether the caller has a feed (never the token itself: it was shown once). */
export const GET = apiRoute({ right: "calendar:own" }, async ({ db, user }) => {
  const active = await activeCalendarToken(db, user.id);
  return { data: active ? { active: true, prefix: active.prefix, created_at: active.createdAt.toISOString() } : { active: false, prefix: null, created_at: null } };
});

/** Creates the caller's feed, or rotates it: the old URL stops working. The URL is shown this once. */
export const POST = apiRoute({ right: "calendar:own" }, async ({ db, user, request }) => {
  const created = await rotateCalendarToken(db, user.id);
  const origin = appOrigins(request, config())[0] ?? "";
  return Response.json({ data: { token: created.token, feed_url: `${origin}${feedPath(created.token)}`, prefix: created.prefix, created_at: created.createdAt.toISOString() } }, { status: 201 });
});

export const DELETE = apiRoute({ right: "calendar:own" }, async ({ db, user }) => {
  await revokeCalendarToken(db, user.id);
  return { data: { active: false } };
});
