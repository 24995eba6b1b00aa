import { z } from "zod";
import { apiRoute } from "@/server/route";
import { markReadBody } from "@/lib/notifications/input";
import { markNotificationsRead } from "@/lib/notifications/read";

/** Marks some or all of the caller's own notifications read; ids of others' are ignored. */
export const POST = apiRoute({ doc: { summary: "Mark some or all of the caller's notifications read", response: z.object({ marked: z.number().int(), unread: z.number().int() }) }, right: "notifications:own", body: markReadBody }, async ({ db, user, body }) => markNotificationsRead(db, user.id, body));
