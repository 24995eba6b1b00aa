"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

/** What a page can follow: "pipeline" (recruiters and admins) or "me" (the signed-in user's own changes). */
export type LiveTopic = "pipeline" | "me";
export type LiveChange = { id: string; topic: string; data: Record<string, unknown> };

/**
 * Follows committed changes over Server-Sent Events (GET /api/v1/live). The browser reconnects
 * by itself and the server replays what was missed (Last-Event-ID); `onEvent` always sees the
 * latest callback without reconnecting.
 */
export function useLiveEvents(topics: readonly LiveTopic[], onEvent: (change: LiveChange) => void, enabled = true): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  });
  const key = [...topics].sort().join(",");
  useEffect(() => {
    if (!enabled || !key || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/v1/live?topics=${encodeURIComponent(key)}`);
    const listener = (message: MessageEvent<string>) => {
      try {
        const { topic, data } = JSON.parse(message.data) as { topic: string; data: Record<string, unknown> };
        handler.current({ id: message.lastEventId, topic, data });
      } catch {
        // A malformed frame is skipped; the next change still arrives.
      }
    };
    source.addEventListener("change", listener);
    return () => {
      source.removeEventListener("change", listener);
      source.close();
    };
  }, [key, enabled]);
}

/** Refetches the given react-query keys whenever a change arrives on `topics`. */
export function useLiveInvalidate(topics: readonly LiveTopic[], queryKeys: readonly QueryKey[], enabled = true): void {
  const client = useQueryClient();
  useLiveEvents(
    topics,
    () => {
      for (const queryKey of queryKeys) void client.invalidateQueries({ queryKey });
    },
    enabled,
  );
}
