import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per statement that changed jobs, candidates, companies or matches, written by triggers (custom migrations
 * search_catalogue_changes and catalogue_changes_companies_matches): caches compare the count and the last id at read time.
 */
export const catalogueChanges = pgTable(
  "catalogue_changes",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** "jobs", "candidates", "companies" or "matches": the table that changed. */
    subject: text("subject").notNull(),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("catalogue_changes_subject_idx").on(t.subject, t.id), index("catalogue_changes_changed_at_idx").on(t.changedAt)],
);

/** Answers of resume / JD searches for 24 hours, valid while the catalogue stamp they were computed at holds. */
export const searchCache = pgTable(
  "search_cache",
  {
    /** sha256 of the kind and the normalised request. */
    key: text("key").primaryKey(),
    kind: text("kind").notNull(),
    catalogueStamp: text("catalogue_stamp").notNull(),
    response: jsonb("response").$type<Record<string, unknown>>().notNull(),
    hits: integer("hits").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("search_cache_expires_idx").on(t.expiresAt)],
);

export type SearchCacheRow = typeof searchCache.$inferSelect;
