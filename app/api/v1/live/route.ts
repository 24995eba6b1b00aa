import { z } from "zod";
import { apiRoute } from "@/server/route";
import type { LiveEvent } from "@/lib/realtime/hub";
import { realtimeHub } from "@/lib/realtime/server";
import { liveTopicNames, resolveTopics } from "@/lib/realtime/topics";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;

const query = z.object({
  topics: z
    .string()
    .max(100)
    .transform((s) => s.split(",").filter(Boolean))
    .pipe(z.array(z.enum(liveTopicNames)).min(1, "Name at least one topic: pipeline or me.")),
});

function frame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: change\ndata: ${JSON.stringify({ topic: event.topic, data: event.data })}\n\n`;
}

/**
 * GET /api/v1/live?topics=pipeline,me — Server-Sent Events: one `change` event per committed
 * change on the topics. A reconnecting browser sends Last-Event-ID and gets what it missed.
 */
export const GET = apiRoute({ doc: { summary: "Live changes as Server-Sent Events", description: "One `change` event per committed change on the topics (`pipeline`, `me`); send Last-Event-ID to get what was missed.", content: "text/event-stream" }, right: "jobs:read", query }, async ({ user, query, request }) => {
  const topics = resolveTopics(user, query.topics);
  const hub = await realtimeHub();
  const lastEventId = Number(request.headers.get("last-event-id") ?? NaN);
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Subscribe before replaying, so nothing committed in between is lost (a duplicate id is harmless: pages refetch).
      const unsubscribe = await hub.subscribe(topics, (event) => send(frame(event)));
      const heartbeat = setInterval(() => send(": ping\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      request.signal.addEventListener("abort", cleanup, { once: true });
      send("retry: 3000\n: connected\n\n");
      if (Number.isSafeInteger(lastEventId) && lastEventId >= 0) for (const event of await hub.since(lastEventId, topics)) send(frame(event));
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
});
