import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";
import { notificationListQuery } from "@/lib/notifications/input";
import { listNotifications } from "@/lib/notifications/list";
import { notificationForApi } from "@/lib/notifications/serialize";

/** The caller's own notifications, newest first, with the unread count. */
export const GET = apiRoute({ right: "notifications:own", query: notificationListQuery }, async ({ db, user, query }) => {
  const { page, unread } = await listNotifications(db, user.id, query);
  return { ...pageResponse(page, notificationForApi), unread };
});
