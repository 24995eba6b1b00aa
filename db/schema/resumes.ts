import { customType, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/** An uploaded resume: a draft until a candidate claims it (drafts go after a day). */
export const resumes = pgTable(
  "resumes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "cascade" }),
    /** Null while the upload is a draft. */
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    text: text("text").notNull(),
    parsed: jsonb("parsed").$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
  },
  (t) => [index("resumes_candidate_idx").on(t.candidateId), index("resumes_owner_idx").on(t.ownerId, t.createdAt)],
);

export type Resume = typeof resumes.$inferSelect;
