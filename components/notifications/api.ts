import type { NotificationChannel, NotificationKind } from "@/db/schema/notifications";
import type { PageResponse } from "@/lib/http/pagination";
import type { NotificationJson } from "@/lib/notifications/serialize";

export type { NotificationJson };
export type NotificationsPage = PageResponse<NotificationJson> & { unread: number };
export type PreferencesJson = { preferences: Record<NotificationKind, NotificationChannel>; email_configured: boolean };

/** react-query keys: everything under "notifications" is refreshed when one arrives or is read. */
export const notificationKeys = {
  all: ["notifications"] as const,
  page: (page: number, unreadOnly: boolean, limit: number) => ["notifications", "page", page, unreadOnly, limit] as const,
};

export async function notificationsApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(json?.error?.message ?? `Request failed (${res.status}).`);
  return json as T;
}

export const fetchNotifications = (page: number, unreadOnly: boolean, limit: number) =>
  notificationsApi<NotificationsPage>(`/api/v1/notifications?page=${page}&limit=${limit}${unreadOnly ? "&unread=true" : ""}`);

export const markRead = (body: { ids: string[] } | { all: true }) => notificationsApi<{ marked: number; unread: number }>("/api/v1/notifications/read", { method: "POST", body });

const minute = 60_000;
const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 24 * 60 * minute],
  ["hour", 60 * minute],
  ["minute", minute],
];

/** "3 minutes ago", "yesterday"; "just now" under a minute. */
export function timeAgo(iso: string, now = Date.now()): string {
  const diff = Date.parse(iso) - now;
  const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  for (const [unit, ms] of units) if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  return "just now";
}
