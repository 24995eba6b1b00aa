import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { users } from "./users";

export const duplicateReasons = ["email", "phone", "name_resume"] as const;
export type DuplicateReason = (typeof duplicateReasons)[number];
export const duplicateStatuses = ["open", "dismissed"] as const;
export type DuplicateStatus = (typeof duplicateStatuses)[number];

/** Two profiles that look like one person; the pair is stored once, lower id first. */
export const candidateDuplicates = pgTable(
  "candidate_duplicates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    duplicateId: uuid("duplicate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    /** Why they look alike: same e-mail, same phone, same name and resume text. */
    reasons: text("reasons").array().$type<DuplicateReason[]>().notNull(),
    status: text("status").$type<DuplicateStatus>().notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("candidate_duplicates_pair_idx").on(t.candidateId, t.duplicateId), index("candidate_duplicates_duplicate_idx").on(t.duplicateId)],
);

export type CandidateDuplicate = typeof candidateDuplicates.$inferSelect;
