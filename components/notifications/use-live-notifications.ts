"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useLiveEvents } from "@/components/realtime/use-live-events";
import { notificationKeys } from "./api";

/** The user's own notifications arriving or read elsewhere (another tab): every notification query refetches. */
export function useLiveNotifications() {
  const queryClient = useQueryClient();
  useLiveEvents(["me"], (change) => {
    const type = change.data.type;
    if (type === "notification" || type === "notifications.read") void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  });
}
