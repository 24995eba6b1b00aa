import { pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { jobs } from "./jobs";
import { sourceIdColumn } from "./sources";

/** Marketplace placements: a candidate put forward for a job. */
export const placements = pgTable(
  "placements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sourceId: sourceIdColumn(),
    externalId: text("external_id").notNull(),
    jobId: uuid("job_id").references(() => jobs.id, { onDelete: "set null" }),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "set null" }),
    status: text("status").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("placements_key_idx").on(t.sourceId, t.externalId)],
);
