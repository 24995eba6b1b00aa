import { z } from "zod";
import { notificationChannels, notificationKinds } from "@/db/schema";
import { pagingSchema } from "@/lib/http/pagination";

/** GET /api/v1/notifications: `unread=true` keeps the unread ones. */
export const notificationListQuery = pagingSchema.pick({ page: true, limit: true }).extend({
  unread: z
    .enum(["true", "false", "1", "0"], { error: "unread must be true or false" })
    .transform((v) => v === "true" || v === "1")
    .optional(),
});

/** POST /api/v1/notifications/read: some ids, or all of them. */
export const markReadBody = z
  .object({
    ids: z.array(z.string().uuid("Each id must be a UUID")).min(1).max(500).optional(),
    all: z.literal(true, { error: "all must be true when given" }).optional(),
  })
  .strict()
  .refine((b) => b.ids !== undefined || b.all === true, { message: "Give ids or all: true", path: ["ids"] });

const channel = z.enum(notificationChannels, { error: `Channel must be one of ${notificationChannels.join(", ")}` });

/** PUT /api/v1/notifications/preferences: the kinds to change and their channel. */
export const preferencesBody = z
  .object({
    preferences: z
      .object(Object.fromEntries(notificationKinds.map((kind) => [kind, channel.optional()])) as Record<(typeof notificationKinds)[number], z.ZodOptional<typeof channel>>)
      .strict()
      .refine((p) => Object.values(p).some((v) => v !== undefined), { message: `Give at least one of ${notificationKinds.join(", ")}` }),
  })
  .strict();
