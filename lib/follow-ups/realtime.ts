import type { Db } from "@/db";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";

export type ChangedFollowUp = { followUpId: string; applicationId: string; seekerUserId: string | null };

function messageFor(items: ChangedFollowUp[]) {
  return { type: "follow-ups.changed", follow_up_ids: items.map((i) => i.followUpId), application_ids: [...new Set(items.map((i) => i.applicationId))] };
}

/** Tells open pages that follow-ups changed: recruiters' pages all of them, each seeker only their own. */
export async function publishFollowUpChange(tx: Db, items: ChangedFollowUp[]): Promise<void> {
  if (items.length === 0) return;
  await publish(tx, pipelineTopic, messageFor(items));
  for (const [userId, own] of groupBySeeker(items, (i) => i.seekerUserId)) await publish(tx, userTopic(userId), messageFor(own));
}

/** Items per seeker user, leaving out those that are no seeker's own (Map.groupBy needs Node 21). */
export function groupBySeeker<T>(items: T[], seekerOf: (item: T) => string | null | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const userId = seekerOf(item);
    if (userId) groups.set(userId, [...(groups.get(userId) ?? []), item]);
  }
  return groups;
}
