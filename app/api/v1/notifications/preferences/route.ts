import { preferencesJson } from "@/lib/notifications/serialize";
import { apiRoute } from "@/server/route";
import { config } from "@/lib/config";
import { preferencesBody } from "@/lib/notifications/input";
import { getPreferences, setPreferences } from "@/lib/notifications/preferences";

const shape = (preferences: Awaited<ReturnType<typeof getPreferences>>) => ({ preferences, email_configured: Boolean(config().SMTP_URL) });

/** The caller's channel per kind (in_app, email or off). */
export const GET = apiRoute({ doc: { summary: "The caller's channel per notification kind", response: preferencesJson }, right: "notifications:own" }, async ({ db, user }) => shape(await getPreferences(db, user.id)));

/** Changes the kinds given; the others keep their channel. */
export const PUT = apiRoute({ doc: { summary: "Change the channel of some notification kinds", response: preferencesJson }, right: "notifications:own", body: preferencesBody }, async ({ db, user, body }) => shape(await setPreferences(db, user.id, body.preferences)));
