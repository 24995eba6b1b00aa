import { eq } from "drizzle-orm";
import { Middleware } from "inngest";
import { getDb } from "@/db";
import { outbox } from "@/db/schema";
import { runWithContext } from "@/lib/observability/context";

// Event id -> request id, for the steps of a run (Inngest calls the function once per step).
const known = new Map<string, string | null>();

/** The request id the outbox row of event `eventId` was written under, if any. */
async function requestIdOfEvent(eventId: string): Promise<string | null> {
  if (known.has(eventId)) return known.get(eventId)!;
  const db = await getDb();
  const [row] = await db.select({ requestId: outbox.requestId }).from(outbox).where(eq(outbox.id, eventId)).limit(1);
  if (known.size > 5_000) known.clear();
  known.set(eventId, row?.requestId ?? null);
  return row?.requestId ?? null;
}

/**
 * Client middleware for an external Inngest: a run logs under the request id of the request whose
 * event started it, as runs of the in-process runner do. Inngest's event API has no field for it,
 * so the event is sent as it is and the id is read back from its outbox row (the event's id is
 * the row's). A run not started from the outbox logs under `run-{Inngest's run id}`.
 */
export class RequestContextMiddleware extends Middleware.BaseMiddleware {
  readonly id = "hireflow-request-context";

  async wrapFunctionHandler({ ctx, next }: Middleware.WrapFunctionHandlerArgs) {
    const eventId = typeof ctx.event?.id === "string" ? ctx.event.id : null;
    const fromOutbox = eventId ? await requestIdOfEvent(eventId).catch(() => null) : null;
    return runWithContext({ requestId: fromOutbox ?? `run-${ctx.runId}` }, () => next());
  }
}
