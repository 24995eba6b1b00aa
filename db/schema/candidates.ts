import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const candidates = pgTable(
  "candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Set when the candidate is also a job seeker using the portal. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    fullName: text("full_name").notNull(),
    email: text("email"),
    headline: text("headline"),
    location: text("location"),
    countryCode: text("country_code"),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    yearsExperience: integer("years_experience"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("candidates_name_trgm_idx").using("gin", sql`${t.fullName} gin_trgm_ops`),
    index("candidates_email_idx").on(t.email),
  ],
);

export type Candidate = typeof candidates.$inferSelect;
