import { z } from "zod";
import { interviewTypes } from "@/db/schema/interviews";
import { pagingSchema } from "@/lib/http/pagination";
import { optionalText } from "@/lib/input/fields";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { isValidTimeZone } from "./zoned-time";

// The interview contract (snake_case in, camelCase out to lib/interviews' verbs).

export const timeZoneField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: "Not an IANA time zone (e.g. Europe/Berlin)" });

/** An instant with an offset (`2027-03-10T09:00:00+01:00`, `...Z`), or a wall time (`2027-03-10T09:00`) read in the interview's zone. */
export const startsAtField = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/i.test(v) && !Number.isNaN(Date.parse(v.length <= 19 ? `${v}Z` : v)), {
    message: "Use ISO 8601: 2027-03-10T09:00 (in time_zone) or 2027-03-10T09:00:00Z",
  });

const durationField = z.coerce.number().int("Whole minutes").min(5, "At least 5 minutes").max(24 * 60, "At most 24 hours");

const videoUrlField = z
  .string()
  .trim()
  .max(2048)
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    const url = safeHttpUrl(v);
    if (!url) ctx.addIssue({ code: "custom", message: "Must be an http(s) link" });
    return url;
  });

/** A Hireflow user by id, or anyone by e-mail (a bare string is either). */
export const interviewerInput = z.preprocess(
  (v) => (typeof v === "string" ? (v.includes("@") ? { email: v } : { user_id: v }) : v),
  z.union([
    z.object({ user_id: z.string().uuid("Not a user id") }).strict(),
    z.object({ email: z.string().trim().toLowerCase().pipe(z.email("Not an e-mail address")).pipe(z.string().max(254)), name: optionalText(120) }).strict(),
  ]),
);
export type InterviewerInput = z.infer<typeof interviewerInput>;

const interviewersField = z.array(interviewerInput).max(20, "At most 20 interviewers");

export const scheduleInterviewSchema = z
  .object({
    application_id: z.string().uuid(),
    type: z.enum(interviewTypes),
    starts_at: startsAtField,
    duration_minutes: durationField,
    time_zone: timeZoneField.optional(),
    location: optionalText(500),
    video_url: videoUrlField,
    interviewers: interviewersField.optional(),
  })
  .transform((v) => ({
    applicationId: v.application_id,
    type: v.type,
    startsAt: v.starts_at,
    durationMinutes: v.duration_minutes,
    timeZone: v.time_zone ?? "UTC",
    location: v.location,
    videoUrl: v.video_url,
    interviewers: v.interviewers ?? [],
  }));
export type ScheduleInterviewInput = z.output<typeof scheduleInterviewSchema>;

/** PATCH: what is given changes; at least one field. */
export const rescheduleInterviewSchema = z
  .object({
    type: z.enum(interviewTypes).optional(),
    starts_at: startsAtField.optional(),
    duration_minutes: durationField.optional(),
    time_zone: timeZoneField.optional(),
    location: optionalText(500).optional(),
    video_url: videoUrlField.optional(),
    interviewers: interviewersField.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Send at least one field to change" })
  .transform((v) => ({
    type: v.type,
    startsAt: v.starts_at,
    durationMinutes: v.duration_minutes,
    timeZone: v.time_zone,
    location: v.location,
    videoUrl: v.video_url,
    interviewers: v.interviewers,
  }));
export type RescheduleInterviewInput = z.output<typeof rescheduleInterviewSchema>;

export const listInterviewsQuery = pagingSchema.omit({ cursor: true }).extend({
  application_id: z.string().uuid().optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  status: z.enum(["scheduled", "cancelled"]).optional(),
});

/** `<uuid>` for the JSON routes; `<uuid>.ics` (the same path plus the suffix) for the calendar file. */
export const interviewIdParams = z.object({ id: z.uuid("Interview id must be a UUID") });
export const interviewFileParams = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\.ics)?$/i, "Interview id must be a UUID, or a UUID followed by .ics")
    .transform((v) => ({ id: v.replace(/\.ics$/i, "").toLowerCase(), ics: /\.ics$/i.test(v) })),
});
