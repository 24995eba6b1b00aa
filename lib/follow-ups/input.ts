import { z } from "zod";
import { followUpStatuses } from "@/db/schema/follow-ups";
import { pagingSchema } from "@/lib/http/pagination";

const statusList = z
  .string()
  .trim()
  .transform((value) => value.split(",").map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(followUpStatuses, { error: `Use one or more of ${followUpStatuses.join(", ")}, comma-separated` })).min(1).max(followUpStatuses.length));

/** An instant, or a day meaning its start in UTC. */
const instant = z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: "Use an ISO date (2026-12-01) or date-time (2026-12-01T09:00:00Z)" }).transform((s) => new Date(s));

export const followUpListSchema = pagingSchema.omit({ cursor: true }).extend({
  status: statusList.optional(),
  due_before: instant.optional(),
  application_id: z.string().uuid("Not an application id").optional(),
});
export type FollowUpListFilters = z.infer<typeof followUpListSchema>;

export const followUpIdSchema = z.object({ id: z.string().uuid("Not a follow-up id") });

/** `planned` reopens a done or skipped follow-up (the Undo after completing or skipping). */
export const followUpChangeSchema = z
  .object({
    body: z.string().trim().min(1, "The message is empty").max(4000, "Keep the message under 4000 characters").optional(),
    due_at: instant.optional(),
    status: z.enum(["done", "skipped", "planned"], { error: "status is done, skipped or planned" }).optional(),
  })
  .strict()
  .refine((c) => c.body !== undefined || c.due_at !== undefined || c.status !== undefined, { message: "Send body, due_at or status" });
export type FollowUpChange = z.infer<typeof followUpChangeSchema>;
