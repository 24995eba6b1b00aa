"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { fetchNotifications, markRead, notificationKeys } from "./api";
import { NotificationItem } from "./notification-item";
import { useLiveNotifications } from "./use-live-notifications";

const recent = 8;

/** The app shell's bell: the unread count, and a panel of recent notifications to read or mark read. */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  useLiveNotifications();
  const latest = useQuery({ queryKey: notificationKeys.page(1, false, recent), queryFn: () => fetchNotifications(1, false, recent) });
  const read = useMutation({
    mutationFn: markRead,
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
  const unread = latest.data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        className="relative rounded-full p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600"
        aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="notification-bell"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span className="absolute -right-0.5 -top-0.5 min-w-[1.25rem] rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-5 text-white" data-testid="notification-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      <span className="sr-only" aria-live="polite">
        {unread ? `${unread} unread notifications` : ""}
      </span>
      {open && (
        <div id={panelId} role="region" aria-label="Notifications" className="absolute right-0 z-30 mt-2 w-96 max-w-[calc(100vw-2rem)] overflow-hidden rounded-xl border border-slate-200 bg-white shadow-lg">
          <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
            <h2 className="text-sm font-semibold text-slate-900">Notifications</h2>
            <button
              type="button"
              className="rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:text-slate-400 disabled:hover:bg-transparent"
              disabled={unread === 0 || read.isPending}
              onClick={() => read.mutate({ all: true })}
            >
              Mark all read
            </button>
          </div>
          {latest.isPending ? (
            <p className="px-4 py-6 text-sm text-slate-500">Loading…</p>
          ) : latest.isError ? (
            <p role="alert" className="px-4 py-6 text-sm text-red-700">
              Could not load notifications: {latest.error.message}
            </p>
          ) : latest.data.data.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-slate-500">Nothing yet. Stage changes, interviews, follow-ups and strong matches will show up here.</p>
          ) : (
            <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto">
              {latest.data.data.map((n) => (
                <NotificationItem key={n.id} notification={n} compact onRead={(id) => read.mutate({ ids: [id] })} />
              ))}
            </ul>
          )}
          {read.isError && (
            <p role="alert" className="border-t border-slate-200 px-4 py-2 text-xs text-red-700">
              {read.error.message}
            </p>
          )}
          <div className="border-t border-slate-200 px-4 py-2.5 text-right">
            <Link href="/notifications" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => setOpen(false)}>
              See all notifications
            </Link>
          </div>
        </div>
      )}
    </div>
  );
}
