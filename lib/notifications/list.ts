import { and, count, desc, eq, isNull, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { notifications } from "@/db/schema";
import type { PageOf } from "@/lib/http/pagination";

export type NotificationListQuery = { unread?: boolean; page: number; limit: number };

const columns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  link: notifications.link,
  data: notifications.data,
  channel: notifications.channel,
  emailedAt: notifications.emailedAt,
  emailError: notifications.emailError,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
};

/** A page of one user's own notifications, newest first; `unread` keeps only the unread ones. */
export async function listNotifications(db: Db, userId: string, query: NotificationListQuery) {
  const conditions: SQL[] = [eq(notifications.userId, userId)];
  if (query.unread) conditions.push(isNull(notifications.readAt));
  const where = and(...conditions);
  const [items, [{ total }], unread] = await Promise.all([
    db
      .select(columns)
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ total: count() }).from(notifications).where(where),
    unreadCount(db, userId),
  ]);
  const page: PageOf<(typeof items)[number]> = { items, page: query.page, limit: query.limit, total: Number(total), totalIsEstimate: false, nextCursor: null };
  return { page, unread };
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>["page"]["items"][number];

/** How many of the user's notifications are unread (the bell's badge). */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(n);
}
