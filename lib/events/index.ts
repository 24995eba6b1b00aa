import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { outbox } from "@/db/schema";
import { currentRequestId } from "@/lib/observability/context";
import type { AppEvent } from "./definitions";

export * from "./definitions";
export { notifyEventsCommitted, onEventsCommitted } from "./notifier";

/**
 * Records an event in the outbox with the caller's transaction (or handle): it exists exactly
 * when the rows it describes do. Returns the event id, which consumers deduplicate on.
 */
export async function emit(tx: Db, event: AppEvent, options: { id?: string; now?: Date } = {}): Promise<string> {
  const id = options.id ?? randomUUID();
  const now = options.now ?? new Date();
  await tx.insert(outbox).values({ id, name: event.name, data: event.data as Record<string, unknown>, createdAt: now, nextAttemptAt: now, requestId: currentRequestId() ?? null });
  return id;
}
