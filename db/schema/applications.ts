import { sql } from "drizzle-orm";
import { index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { jobs } from "./jobs";
import { users } from "./users";

/** The pipeline's stages in order; rejected and withdrawn close an application from any open stage (lib/applications/stages.ts). */
export const applicationStages = ["saved", "applied", "screening", "interview_scheduled", "interviewing", "offer", "hired", "rejected", "withdrawn"] as const;
export type ApplicationStage = (typeof applicationStages)[number];
export const applicationStage = pgEnum("application_stage", applicationStages);

export type ApplicationContact = { name: string; email: string | null; phone: string | null; role: string | null };
/** A job found outside the catalogue, added by a seeker by hand or with the bookmarklet. */
export type ExternalJob = { url: string | null; title: string; company: string | null; location: string | null; description: string | null };

/** A candidate (or a seeker's own profile) in a job's pipeline: its stage now; its history is in application_events. */
export const applications = pgTable(
  "applications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    /** Null for a job found elsewhere: external_job says what it is. */
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "cascade" }),
    externalJob: jsonb("external_job").$type<ExternalJob>(),
    stage: applicationStage("stage").notNull(),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Free notes and contacts the seeker or recruiter keeps on the application. */
    notes: text("notes"),
    contacts: jsonb("contacts").$type<ApplicationContact[]>().notNull().default([]),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    /** Set by the stale check when the application has not moved for STALE_AFTER_DAYS; cleared by a move. */
    staleSince: timestamp("stale_since", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("applications_candidate_job_idx").on(t.candidateId, t.jobId).where(sql`${t.jobId} is not null`),
    index("applications_job_stage_idx").on(t.jobId, t.stage),
    index("applications_stage_changed_idx").on(t.stage, t.stageChangedAt),
    index("applications_candidate_idx").on(t.candidateId, t.updatedAt.desc()),
  ],
);

/** One row per stage change (and the creation, with from_stage null): who, when, from, to, why. */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    fromStage: applicationStage("from_stage"),
    toStage: applicationStage("to_stage").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("application_events_application_idx").on(t.applicationId, t.createdAt)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
