"use client";

import { useRouter } from "next/navigation";
import { useLiveEvents, type LiveTopic } from "@/components/realtime/use-live-events";

const relevant = new Set(["follow-ups.changed", "applications.stale", "application.stage_changed"]);

/** Re-reads a server-rendered page when follow-ups or stages change elsewhere (the due check, a colleague). */
export function FollowUpsLiveRefresh({ topics = ["pipeline"] }: { topics?: LiveTopic[] }) {
  const router = useRouter();
  useLiveEvents(topics, (change) => {
    if (relevant.has(String(change.data.type))) router.refresh();
  });
  return null;
}
