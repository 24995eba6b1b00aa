import { z } from "zod";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";
import { notificationListQuery } from "@/lib/notifications/input";
import { listNotifications } from "@/lib/notifications/list";
import { notificationForApi, notificationJson } from "@/lib/notifications/serialize";

/** The caller's own notifications, newest first, with the unread count. */
export const GET = apiRoute({ doc: { summary: "The caller's notifications, newest first", response: pageSchema(notificationJson).extend({ unread: z.number().int() }) }, right: "notifications:own", query: notificationListQuery }, async ({ db, user, query }) => {
  const { page, unread } = await listNotifications(db, user.id, query);
  return { ...pageResponse(page, notificationForApi), unread };
});
