import { z } from "zod";
import { withCancellation, type Db } from "@/db";
import type { CsvColumn } from "@/lib/export/csv";
import { keysetBatches } from "@/lib/export/stream";
import { matchListQuery, newMatchConditions, newMatchesAfter } from "./queries";
import { matchForApi, type MatchView } from "./serialize";

/** The Matches page's filters without its paging. */
export const matchExportFiltersSchema = matchListQuery.omit({ page: true, limit: true }).extend({ job_id: z.uuid("job_id must be a UUID").optional() });
export type MatchExportFilters = z.infer<typeof matchExportFiltersSchema>;

export const matchCsvColumns: CsvColumn<MatchView>[] = [
  { header: "id", value: (m) => m.id },
  { header: "score", value: (m) => m.score },
  { header: "skills_score", value: (m) => m.parts.skills },
  { header: "experience_score", value: (m) => m.parts.experience },
  { header: "salary_score", value: (m) => m.parts.salary },
  { header: "location_score", value: (m) => m.parts.location },
  { header: "matching_skills", value: (m) => m.skills.matching },
  { header: "missing_skills", value: (m) => m.skills.missing },
  { header: "reasons", value: (m) => m.reasons },
  { header: "status", value: (m) => m.status },
  { header: "status_at", value: (m) => m.status_at },
  { header: "scored_at", value: (m) => m.scored_at },
  { header: "job_id", value: (m) => m.job.id },
  { header: "job_title", value: (m) => m.job.title },
  { header: "company", value: (m) => m.job.company },
  { header: "job_location", value: (m) => m.job.location },
  { header: "job_remote", value: (m) => m.job.remote },
  { header: "candidate_id", value: (m) => m.candidate.id },
  { header: "candidate_name", value: (m) => m.candidate.full_name },
  { header: "candidate_title", value: (m) => m.candidate.title },
  { header: "candidate_location", value: (m) => m.candidate.location },
];

/** Every match the Matches page's filters select (new ones unless `status` says otherwise), best first. */
export async function* matchExportBatches(db: Db, filters: MatchExportFilters, signal: AbortSignal): AsyncGenerator<MatchView[]> {
  const conditions = newMatchConditions(filters);
  const batches = keysetBatches((after: { score: number; id: string } | null, size) => withCancellation(db, signal, (tx) => newMatchesAfter(tx, conditions, after, size)), signal);
  for await (const rows of batches) yield rows.map(matchForApi);
}
