import { boolean, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sourceTypes } from "../../lib/jobs/vocabulary";

export const sourceType = pgEnum("source_type", sourceTypes);

export const jobSources = pgTable("job_sources", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** Connector type: adzuna, jsearch, hh, greenhouse, lever, lamoda. */
  type: sourceType("type").notNull(),
  name: text("name").notNull().unique(),
  /** Connector settings in the API's own terms, validated by the connector's zod schema. */
  config: jsonb("config").$type<Record<string, unknown>>().notNull().default({}),
  /** Cron expression for scheduled syncs; null means manual only. */
  schedule: text("schedule"),
  enabled: boolean("enabled").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type JobSource = typeof jobSources.$inferSelect;

/** The job source a row belongs to; rows go when their source is deleted. */
export const sourceIdColumn = () =>
  uuid("source_id")
    .notNull()
    .references(() => jobSources.id, { onDelete: "cascade" });
