import { and, asc, desc, sql } from "drizzle-orm";
import type { z } from "zod";
import { withCancellation, type Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import type { CsvColumn } from "@/lib/export/csv";
import { keysetBatches } from "@/lib/export/stream";
import { candidateListSchema, type CandidateListFilters } from "./input";
import { candidateListColumns, candidateListConditions } from "./list";
import { candidateListItemForApi, type candidateListItemJson } from "./serialize";

/** The candidates listing's filters without its paging. */
export const candidateExportFiltersSchema = candidateListSchema.omit({ page: true, limit: true });
export type CandidateExportFilters = Omit<CandidateListFilters, "page" | "limit">;

/** One exported candidate: the listing's item (candidateListItemJson). */
export type CandidateView = z.infer<typeof candidateListItemJson>;

export const candidateCsvColumns: CsvColumn<CandidateView>[] = [
  { header: "id", value: (c) => c.id },
  { header: "first_name", value: (c) => c.first_name },
  { header: "last_name", value: (c) => c.last_name },
  { header: "full_name", value: (c) => c.full_name },
  { header: "email", value: (c) => c.email },
  { header: "title", value: (c) => c.title },
  { header: "location", value: (c) => c.location },
  { header: "country_code", value: (c) => c.country_code },
  { header: "skills", value: (c) => c.skills.map((s) => (s.level ? `${s.name} (${s.level})` : s.name)) },
  { header: "experience_years", value: (c) => c.experience_years },
  { header: "possible_duplicate", value: (c) => c.possible_duplicate },
  { header: "updated_at", value: (c) => c.updated_at },
];

// Microsecond text: a JS Date keeps milliseconds, and a rounded key would skip rows at the page edge.
const updatedKey = sql<string>`to_char(${candidates.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Every candidate the actor may see under the listing's filters, latest change first, a batch at a time. */
export async function* candidateExportBatches(db: Db, actor: User, filters: CandidateExportFilters, signal: AbortSignal): AsyncGenerator<CandidateView[]> {
  const where = candidateListConditions(actor, filters);
  const batches = keysetBatches(
    (after: { id: string; key: string } | null, size) =>
      withCancellation(db, signal, (tx) =>
        tx
          .select({ ...candidateListColumns, key: updatedKey })
          .from(candidates)
          .where(and(where, after ? sql`(${candidates.updatedAt} < ${after.key}::timestamptz or (${candidates.updatedAt} = ${after.key}::timestamptz and ${candidates.id} > ${after.id}))` : undefined))
          .orderBy(desc(candidates.updatedAt), asc(candidates.id))
          .limit(size),
      ),
    signal,
  );
  for await (const rows of batches) yield rows.map(candidateListItemForApi);
}
