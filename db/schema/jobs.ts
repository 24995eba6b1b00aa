import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { employmentTypes, jobOrigins, jobStatuses, seniorityLevels } from "../../lib/jobs/vocabulary";
import type { SkillRequirement } from "../../lib/skills/levels";
import { users } from "./users";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const jobStatus = pgEnum("job_status", jobStatuses);
export const employmentType = pgEnum("employment_type", employmentTypes);
export const seniorityLevel = pgEnum("seniority_level", seniorityLevels);
export const jobOrigin = pgEnum("job_origin", jobOrigins);

export const companies = pgTable(
  "companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    /** Lower-cased name without legal suffixes: the key companies are merged on. */
    normalizedName: text("normalized_name").notNull().unique(),
    website: text("website"),
    openJobsCount: integer("open_jobs_count").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("companies_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`)],
);

export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    locationDisplay: text("location_display"),
    city: text("city"),
    region: text("region"),
    countryCode: text("country_code"),
    remote: boolean("remote").notNull().default(false),
    employmentType: employmentType("employment_type"),
    level: seniorityLevel("level"),
    internship: boolean("internship").notNull().default(false),
    /** Annual pay in whole units of salary_currency. */
    salaryMin: integer("salary_min"),
    salaryMax: integer("salary_max"),
    salaryCurrency: text("salary_currency"),
    salaryPredicted: boolean("salary_predicted").notNull().default(false),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    /** What matching needs per skill: level and required / nice-to-have (lib/skills/levels.ts). */
    skillRequirements: jsonb("skill_requirements").$type<SkillRequirement[]>().notNull().default([]),
    experienceYearsMin: integer("experience_years_min"),
    /** O*NET-SOC code of the normalised title (lib/skills). */
    occupationCode: text("occupation_code"),
    /** "synced" jobs come from sources and are read-only; "own" jobs are recruiters' requisitions. */
    origin: jobOrigin("origin").notNull().default("synced"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    applyUrl: text("apply_url"),
    /** Dedupe keys (lib/etl/dedupe-keys.ts): normalised apply URL, and title|company|location. */
    applyUrlKey: text("apply_url_key"),
    dedupeKey: text("dedupe_key"),
    status: jobStatus("status").notNull().default("open"),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      sql`setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')`,
    ),
  },
  (t) => [
    // gin_pending_list_limit 16 MB (migration 0015; lib/jobs/search-index.ts merges after a sync).
    index("jobs_search_idx").using("gin", t.searchVector),
    index("jobs_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("jobs_company_idx").on(t.companyId),
    // The default order, newest first, ends in the id so paging is stable; keyset cursors use it too.
    index("jobs_status_posted_idx").on(t.status, t.postedAt.desc().nullsLast(), t.id.desc()),
    // One index per filter the Jobs page offers (lib/jobs/queries.ts writes each condition to match).
    index("jobs_location_trgm_idx").using(
      "gin",
      sql`(coalesce(${t.locationDisplay}, '') || ' ' || coalesce(${t.city}, '') || ' ' || coalesce(${t.region}, '')) gin_trgm_ops`,
    ),
    // Level and type with the newest-first order; the place columns let an index-only scan test the location.
    index("jobs_level_type_posted_idx").on(t.level, t.employmentType, t.status, t.postedAt.desc().nullsLast(), t.id.desc(), t.locationDisplay, t.city, t.region),
    index("jobs_employment_type_idx").on(t.employmentType),
    index("jobs_remote_idx").on(t.postedAt.desc().nullsLast(), t.id.desc()).where(sql`remote`),
    index("jobs_internship_idx").on(t.postedAt.desc().nullsLast(), t.id.desc()).where(sql`internship`),
    index("jobs_salary_top_idx").on(sql`coalesce(${t.salaryMax}, ${t.salaryMin})`),
    index("jobs_salary_bottom_idx").on(sql`coalesce(${t.salaryMin}, ${t.salaryMax})`),
    index("jobs_country_idx").on(t.countryCode),
    index("jobs_apply_url_key_idx").on(t.applyUrlKey),
    index("jobs_dedupe_key_idx").on(t.dedupeKey),
    index("jobs_last_seen_idx").on(t.status, t.lastSeenAt),
  ],
);

export type Company = typeof companies.$inferSelect;
export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;
