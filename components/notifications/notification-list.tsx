"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, EmptyState } from "@/components/ui/card";
import { fetchNotifications, markRead, notificationKeys, type NotificationsPage } from "./api";
import { NotificationItem } from "./notification-item";

const limit = 20;

/** The /notifications page: every notification, paged, all or unread only, to mark read one by one or all at once. */
export function NotificationList({ initial }: { initial: NotificationsPage }) {
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: notificationKeys.page(page, unreadOnly, limit),
    queryFn: () => fetchNotifications(page, unreadOnly, limit),
    initialData: page === 1 && !unreadOnly ? initial : undefined,
    placeholderData: (previous) => previous,
  });
  const read = useMutation({ mutationFn: markRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
  const data = list.data;
  const showFilter = (only: boolean) => {
    setUnreadOnly(only);
    setPage(1);
  };
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
        <div role="group" aria-label="Show" className="inline-flex rounded-md ring-1 ring-slate-300">
          {[false, true].map((only) => (
            <button
              key={String(only)}
              type="button"
              aria-pressed={unreadOnly === only}
              onClick={() => showFilter(only)}
              className={`px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md ${unreadOnly === only ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {only ? `Unread${data ? ` (${data.unread})` : ""}` : "All"}
            </button>
          ))}
        </div>
        <Button variant="secondary" disabled={!data?.unread || read.isPending} onClick={() => read.mutate({ all: true })}>
          Mark all read
        </Button>
      </div>
      {read.isError && (
        <p role="alert" className="px-5 pt-3 text-sm text-red-700">
          {read.error.message}
        </p>
      )}
      {!data ? (
        list.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-700">
            Could not load notifications: {list.error.message}
          </p>
        ) : (
          <p className="px-5 py-6 text-sm text-slate-500" aria-busy="true">
            Loading notifications…
          </p>
        )
      ) : data.data.length === 0 ? (
        <div className="p-5">
          <EmptyState title={unreadOnly ? "You have read everything" : "No notifications yet"}>
            Stage changes, interviews, follow-ups due, strong matches and failed syncs appear here as they happen. Choose how you hear of each on your Account page.
          </EmptyState>
        </div>
      ) : (
        <ul className="divide-y divide-slate-100">
          {data.data.map((n) => (
            <NotificationItem key={n.id} notification={n} onRead={(id) => read.mutate({ ids: [id] })} />
          ))}
        </ul>
      )}
      {data && data.total_pages > 1 && (
        <nav aria-label="Pagination" className="flex items-center justify-between border-t border-slate-200 px-5 py-3 text-sm text-slate-600">
          <span>
            Page {data.page} of {data.total_pages} · {data.total} {data.total === 1 ? "notification" : "notifications"}
          </span>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              Previous
            </Button>
            <Button variant="secondary" disabled={page >= data.total_pages} onClick={() => setPage((p) => p + 1)}>
              Next
            </Button>
          </div>
        </nav>
      )}
    </Card>
  );
}
