import { z } from "zod";
import { notificationChannels, notificationKinds } from "@/db/schema";
import type { NotificationItem } from "./list";

const time = z.iso.datetime();

export const notificationJson = z.object({
  id: z.uuid(),
  kind: z.enum(notificationKinds),
  title: z.string(),
  body: z.string().nullable(),
  link: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  channel: z.enum(notificationChannels),
  emailed_at: time.nullable(),
  email_error: z.string().nullable(),
  read: z.boolean(),
  read_at: time.nullable(),
  created_at: time,
});

/** The caller's channel per kind, and whether email can be sent at all. */
export const preferencesJson = z.object({
  preferences: z.record(z.enum(notificationKinds), z.enum(notificationChannels)),
  email_configured: z.boolean(),
});

/** A notification as the API and the bell show it (snake_case). */
export function notificationForApi(n: NotificationItem): z.infer<typeof notificationJson> {
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
