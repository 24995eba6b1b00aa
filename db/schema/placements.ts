import { date, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications";
import { candidates } from "./candidates";
import { jobs } from "./jobs";
import { jobSources } from "./sources";
import { users } from "./users";

/** Reporting a hire to the marketplace: not_applicable for other jobs; pending until the marketplace accepts it. */
export const placementReportStates = ["not_applicable", "pending", "reported"] as const;
export type PlacementReportState = (typeof placementReportStates)[number];
export const placementReportState = pgEnum("placement_report_state", placementReportStates);

/**
 * A candidate placed in a job: synced from the marketplace (source_id + external_id), or made
 * by a hire in Hireflow's pipeline (application_id), which is reported to the marketplace when
 * the job came from it.
 */
export const placements = pgTable(
  "placements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: uuid("source_id").references(() => jobSources.id, { onDelete: "cascade" }),
    externalId: text("external_id"),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "set null" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    status: text("status").notNull(),
    startDate: date("start_date"),
    /** Annual, whole units of salary_currency. */
    salary: integer("salary"),
    salaryCurrency: text("salary_currency"),
    /** Where the candidate came from (marketplace, resume, referral ...), as the recruiter states it. */
    source: text("source"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    reportState: placementReportState("report_state").notNull().default("not_applicable"),
    reportAttempts: integer("report_attempts").notNull().default(0),
    reportedAt: timestamp("reported_at", { withTimezone: true }),
    reportError: text("report_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("placements_key_idx").on(t.sourceId, t.externalId), uniqueIndex("placements_application_idx").on(t.applicationId)],
);

export type PlacementRow = typeof placements.$inferSelect;
