import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { notifications } from "@/db/schema";
import { publish, userTopic } from "@/lib/realtime";
import { unreadCount } from "./list";

export type MarkReadInput = { ids?: readonly string[]; all?: boolean };

/**
 * Marks the user's own notifications read: the ids given (others' ids are ignored, never
 * revealed) or all of them. Other open tabs of the user hear of it and refresh their badge.
 */
export async function markNotificationsRead(db: Db, userId: string, input: MarkReadInput, now = new Date()): Promise<{ marked: number; unread: number }> {
  if (!input.all && !input.ids?.length) return { marked: 0, unread: await unreadCount(db, userId) };
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const mine = and(eq(notifications.userId, userId), isNull(notifications.readAt));
    const where = input.all ? mine : and(mine, inArray(notifications.id, [...new Set(input.ids)]));
    const marked = await tx.update(notifications).set({ readAt: now }).where(where).returning({ id: notifications.id });
    if (marked.length) await publish(tx, userTopic(userId), { type: "notifications.read", ids: input.all ? "all" : marked.map((m) => m.id) });
    return { marked: marked.length, unread: await unreadCount(tx, userId) };
  });
}
