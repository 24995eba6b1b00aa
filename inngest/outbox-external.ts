import { getDb } from "@/db";
import { config } from "@/lib/config";
import { onEventsCommitted } from "@/lib/events";
import { log } from "@/lib/observability/log";
import { inngest } from "./client";
import { dispatchOutbox } from "./outbox";

// With Inngest configured there is no in-process runner: this loop hands the outbox to Inngest.
const shared = globalThis as unknown as { __hireflowOutboxLoop?: { stop: () => Promise<void> } };

/** Starts the outbox loop for external Inngest (idempotent); woken after each commit. */
export function startExternalOutboxDispatcher(): void {
  if (shared.__hireflowOutboxLoop) return;
  let stopped = false;
  let wake: () => void = () => {};
  const unsubscribe = onEventsCommitted(() => wake());
  const loop = (async () => {
    const db = await getDb();
    while (!stopped) {
      try {
        // Inngest itself drops a second event with the same id, so redelivery is harmless.
        // Inngest's event API takes no request id: the runs it starts read it back from the
        // event's outbox row (inngest/request-context.ts).
        await dispatchOutbox(db, ({ requestId: _requestId, ...event }) => inngest.send(event), { now: new Date() });
      } catch (err) {
        log.error("outbox dispatch pass failed", { error: err });
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, config().RUNNER_POLL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();
  shared.__hireflowOutboxLoop = {
    async stop() {
      stopped = true;
      unsubscribe();
      wake();
      await loop;
      shared.__hireflowOutboxLoop = undefined;
    },
  };
}
