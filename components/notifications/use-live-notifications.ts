"use client";

import { useQueryClient } from "@tanstack/react-query";
import { notificationKeys } from "./api";

// Placeholder until the shared realtime hook lands: refetch on focus keeps the count honest.
export function useLiveNotifications(userId: string) {
  useQueryClient();
  void userId;
  void notificationKeys;
}
