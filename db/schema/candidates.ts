import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { SkillLevel } from "../../lib/skills/levels";
import { users } from "./users";

export type CandidateEducation = { degree: string | null; field: string | null; institution: string | null; year: number | null };
export type CandidateLanguage = { name: string; level: string | null };

export const candidates = pgTable(
  "candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Set when the candidate is also a job seeker using the portal: the seeker owns this profile. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** The recruiter (or seeker) who created the profile; null for synced ones. */
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    firstName: text("first_name").notNull().default(""),
    lastName: text("last_name").notNull().default(""),
    /** first_name + " " + last_name, kept by the code that writes the names (search and sort use it). */
    fullName: text("full_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    /** Digits of the phone with its country code: the key duplicates are found on. */
    phoneKey: text("phone_key"),
    /** The candidate's title (the API calls it `title`). */
    headline: text("headline"),
    summary: text("summary"),
    /** Standardised like jobs: display text, city, region, ISO country. */
    location: text("location"),
    city: text("city"),
    region: text("region"),
    countryCode: text("country_code"),
    /** Canonical skill names (lib/skills); the level of each is in skill_levels. */
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    /** Level per skill name; a skill without an entry has an unknown level. */
    skillLevels: jsonb("skill_levels").$type<Record<string, SkillLevel>>().notNull().default({}),
    yearsExperience: real("years_experience"),
    education: jsonb("education").$type<CandidateEducation[]>().notNull().default([]),
    languages: jsonb("languages").$type<CandidateLanguage[]>().notNull().default([]),
    /** Annual, in whole units of salary_currency. */
    salaryExpectation: integer("salary_expectation"),
    salaryCurrency: text("salary_currency"),
    availableFrom: date("available_from"),
    /** Profile links (LinkedIn, GitHub, portfolio); synced source links are in candidate_source_links. */
    links: text("links").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("candidates_name_trgm_idx").using("gin", sql`${t.fullName} gin_trgm_ops`),
    index("candidates_email_idx").on(t.email),
    index("candidates_phone_key_idx").on(t.phoneKey),
    index("candidates_skills_idx").using("gin", t.skills),
    index("candidates_updated_idx").on(t.updatedAt.desc(), t.id),
    uniqueIndex("candidates_user_idx").on(t.userId).where(sql`${t.userId} is not null`),
  ],
);

export type Candidate = typeof candidates.$inferSelect;
export type NewCandidate = typeof candidates.$inferInsert;
