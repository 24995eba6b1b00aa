import { jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { companies, jobs } from "./jobs";

/** Jobs a seeker dismissed from their recommendations: they and jobs like them sink. */
export const jobDismissals = pgTable(
  "job_dismissals",
  {
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.candidateId, t.jobId] })],
);

/** What the catalogue knows of a company (open jobs, skills, salary ranges, posting pace), computed on demand and kept for 30 days. */
export const companyInsights = pgTable("company_insights", {
  companyId: uuid("company_id")
    .primaryKey()
    .references(() => companies.id, { onDelete: "cascade" }),
  data: jsonb("data").$type<Record<string, unknown>>().notNull(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
});
