"use client";

import Link from "next/link";
import type { NotificationJson } from "./api";
import { timeAgo } from "./api";

/** One notification: its title links into the app (and marks it read); unread ones carry a dot and a "Mark read" button. */
export function NotificationItem({ notification: n, onRead, compact = false }: { notification: NotificationJson; onRead: (id: string) => void; compact?: boolean }) {
  const title = <span className={n.read ? "text-slate-700" : "font-semibold text-slate-900"}>{n.title}</span>;
  return (
    <li className={`flex gap-3 px-4 py-3 ${n.read ? "" : "bg-brand-50/40"}`} data-testid="notification" data-read={n.read}>
      <span aria-hidden className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${n.read ? "bg-transparent" : "bg-brand-600"}`} />
      <div className="min-w-0 flex-1">
        <p className="text-sm">
          {n.link ? (
            <Link href={n.link} className="hover:underline focus-visible:underline" onClick={() => !n.read && onRead(n.id)}>
              {title}
            </Link>
          ) : (
            title
          )}
          {!n.read && <span className="sr-only"> (unread)</span>}
        </p>
        {n.body && <p className={`mt-0.5 whitespace-pre-line text-sm text-slate-600 ${compact ? "line-clamp-2" : ""}`}>{n.body}</p>}
        <p className="mt-1 text-xs text-slate-500">
          {/* Relative and local times differ between the server render and the browser by design. */}
          <time dateTime={n.created_at} title={new Date(n.created_at).toLocaleString()} suppressHydrationWarning>
            {timeAgo(n.created_at)}
          </time>
          {n.channel === "email" && <span> · {n.emailed_at ? "also e-mailed" : n.email_error ? "e-mail not sent" : "e-mail pending"}</span>}
        </p>
      </div>
      {!n.read && (
        <button type="button" className="self-start rounded px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50" onClick={() => onRead(n.id)} aria-label={`Mark “${n.title}” read`}>
          Mark read
        </button>
      )}
    </li>
  );
}
