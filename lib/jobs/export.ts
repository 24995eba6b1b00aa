import type { z } from "zod";
import type { Db } from "@/db";
import type { CsvColumn } from "@/lib/export/csv";
import { exportBatchSize } from "@/lib/export/stream";
import { jobFiltersSchema, type JobFilters } from "./filters";
import { listJobs } from "./queries";
import { jobForApi, type jobJson } from "./serialize";

/** The Jobs listing's filters without its paging: an export has every matching job. */
export const jobExportFiltersSchema = jobFiltersSchema.omit({ page: true, limit: true, cursor: true });
export type JobExportFilters = Omit<JobFilters, "page" | "limit" | "cursor">;

/** One exported job: the listing's item (jobJson). */
export type JobView = z.infer<typeof jobJson>;

export const jobCsvColumns: CsvColumn<JobView>[] = [
  { header: "id", value: (j) => j.id },
  { header: "title", value: (j) => j.title },
  { header: "company_id", value: (j) => j.company?.id },
  { header: "company", value: (j) => j.company?.name },
  { header: "location", value: (j) => j.location },
  { header: "country_code", value: (j) => j.country_code },
  { header: "remote", value: (j) => j.remote },
  { header: "employment_type", value: (j) => j.employment_type },
  { header: "level", value: (j) => j.level },
  { header: "internship", value: (j) => j.internship },
  { header: "salary_min", value: (j) => j.salary?.min },
  { header: "salary_max", value: (j) => j.salary?.max },
  { header: "salary_currency", value: (j) => j.salary?.currency },
  { header: "salary_predicted", value: (j) => j.salary?.predicted },
  { header: "skills", value: (j) => j.skills },
  { header: "status", value: (j) => j.status },
  { header: "posted_at", value: (j) => j.posted_at },
];

/**
 * Every job the listing's filters match, in the listing's order, a batch at a time: the same
 * query as GET /api/v1/jobs, paged by its cursor, so the export and the list always agree.
 */
export async function* jobExportBatches(db: Db, filters: JobExportFilters, signal: AbortSignal): AsyncGenerator<JobView[]> {
  let cursor: string | undefined;
  for (;;) {
    signal.throwIfAborted();
    const page = await listJobs(db, { ...filters, page: 1, limit: exportBatchSize, cursor }, { signal, count: false });
    if (page.items.length > 0) yield page.items.map(jobForApi);
    if (!page.nextCursor) return;
    cursor = page.nextCursor;
  }
}
