import type { NotificationItem } from "./list";

/** A notification as the API and the bell show it (snake_case). */
export function notificationForApi(n: NotificationItem) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    data: n.data,
    channel: n.channel,
    emailed_at: n.emailedAt?.toISOString() ?? null,
    email_error: n.emailError,
    read: n.readAt !== null,
    read_at: n.readAt?.toISOString() ?? null,
    created_at: n.createdAt.toISOString(),
  };
}

export type NotificationJson = ReturnType<typeof notificationForApi>;
