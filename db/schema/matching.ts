import { sql } from "drizzle-orm";
import { boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, serial, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { MatchSkills } from "../../lib/matching/score";
import { candidates } from "./candidates";
import { jobs } from "./jobs";
import { users } from "./users";

export const matchStatuses = ["new", "shortlisted", "dismissed"] as const;
export type MatchStatus = (typeof matchStatuses)[number];
export const matchStatus = pgEnum("match_status", matchStatuses);

/**
 * Weights and minimum score, one row per saved version: the newest row wins over the
 * MATCH_* environment defaults, and the history says who changed what when.
 */
export const matchSettings = pgTable("match_settings", {
  version: serial("version").primaryKey(),
  skillWeight: doublePrecision("skill_weight").notNull(),
  experienceWeight: doublePrecision("experience_weight").notNull(),
  salaryWeight: doublePrecision("salary_weight").notNull(),
  locationWeight: doublePrecision("location_weight").notNull(),
  minScore: doublePrecision("min_score").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One (job, candidate) pair at or above the minimum score (or kept because someone shortlisted or dismissed it). */
export const matches = pgTable(
  "matches",
  {
    // Time-ordered (migration 0016): a rescore's millions of new rows append to the primary key's
    // last pages instead of touching a random page each.
    id: uuid("id").primaryKey().default(sql`uuid_time_ordered()`),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    score: doublePrecision("score").notNull(),
    skillsScore: doublePrecision("skills_score").notNull(),
    experienceScore: doublePrecision("experience_score").notNull(),
    salaryScore: doublePrecision("salary_score").notNull(),
    locationScore: doublePrecision("location_score").notNull(),
    /** The order of a candidate's jobs: score plus how much the job is theirs (lib/matching/rank.ts); null until rescored. */
    rankScore: doublePrecision("rank_score"),
    /** The scorer's skills by kind and its reasons (lib/matching/score.ts). */
    explanation: jsonb("explanation").$type<{ skills: MatchSkills; reasons: string[] }>().notNull(),
    status: matchStatus("status").notNull().default("new"),
    statusBy: uuid("status_by").references(() => users.id, { onDelete: "set null" }),
    statusAt: timestamp("status_at", { withTimezone: true }),
    /** The match_settings version the score was computed with (0: environment defaults). */
    settingsVersion: integer("settings_version").notNull().default(0),
    /** Whether the job is open: kept by a trigger on jobs (custom migration match_job_open) so reads skip closed jobs without a join. */
    jobOpen: boolean("job_open").notNull().default(true),
    /** Stamp of the rescore that last wrote the row: a rescore deletes its pairs it did not write. */
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("matches_pair_idx").on(t.jobId, t.candidateId),
    index("matches_job_score_idx").on(t.jobId, t.score.desc(), t.id),
    // A candidate's top matches among open jobs, in ranking-key order (lib/matching/rank.ts): an
    // index scan that stops at the page's last row.
    index("matches_candidate_open_rank_idx").on(t.candidateId, t.jobOpen, t.rankScore.desc().nullsLast(), t.score.desc(), t.id),
    // The Matches page: best new matches first.
    index("matches_new_score_idx").on(t.score.desc(), t.id).where(sql`status = 'new'`),
  ],
);

export type MatchRow = typeof matches.$inferSelect;
export type MatchSettingsRow = typeof matchSettings.$inferSelect;
