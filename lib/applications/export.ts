import { and, desc, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { withCancellation, type Db } from "@/db";
import { applications, candidates, companies, jobs, type User } from "@/db/schema";
import type { CsvColumn } from "@/lib/export/csv";
import { keysetBatches } from "@/lib/export/stream";
import { listApplicationsSchema, type ListApplicationsFilters } from "./input";
import { applicationListConditions, applicationSummaryColumns } from "./list";
import { applicationListItemForApi, type applicationListItemJson } from "./serialize";

/** The applications listing's filters without its paging. */
export const applicationExportFiltersSchema = listApplicationsSchema.omit({ page: true, limit: true });
export type ApplicationExportFilters = Omit<ListApplicationsFilters, "page" | "limit">;

/** One exported application: the listing's item (applicationListItemJson). */
export type ApplicationView = z.infer<typeof applicationListItemJson>;

export const applicationCsvColumns: CsvColumn<ApplicationView>[] = [
  { header: "id", value: (a) => a.id },
  { header: "job_id", value: (a) => a.job_id },
  { header: "job_title", value: (a) => a.job_title },
  { header: "company_name", value: (a) => a.company_name },
  { header: "external_job_url", value: (a) => a.external_job?.url },
  { header: "candidate_id", value: (a) => a.candidate_id },
  { header: "candidate_name", value: (a) => a.candidate_name },
  { header: "stage", value: (a) => a.stage },
  { header: "stage_changed_at", value: (a) => a.stage_changed_at },
  { header: "stale_since", value: (a) => a.stale_since },
  { header: "notes", value: (a) => a.notes },
  { header: "contacts", value: (a) => (a.contacts.length ? a.contacts : null) },
  { header: "created_at", value: (a) => a.created_at },
  { header: "updated_at", value: (a) => a.updated_at },
];

// Microsecond text: a JS Date keeps milliseconds, and a rounded key would skip rows at the page edge.
const updatedKey = sql<string>`to_char(${applications.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Every application the actor may see (a seeker: their own) under the listing's filters, most recently changed first. */
export async function* applicationExportBatches(db: Db, actor: Pick<User, "id" | "role">, filters: ApplicationExportFilters, signal: AbortSignal): AsyncGenerator<ApplicationView[]> {
  const where = applicationListConditions(actor, filters);
  const batches = keysetBatches(
    (after: { application: { id: string }; key: string } | null, size) =>
      withCancellation(db, signal, (tx) =>
        tx
          .select({ ...applicationSummaryColumns, key: updatedKey })
          .from(applications)
          .innerJoin(candidates, eq(candidates.id, applications.candidateId))
          .leftJoin(jobs, eq(jobs.id, applications.jobId))
          .leftJoin(companies, eq(companies.id, jobs.companyId))
          .where(and(where, after ? sql`(${applications.updatedAt}, ${applications.id}) < (${after.key}::timestamptz, ${after.application.id}::uuid)` : undefined))
          .orderBy(desc(applications.updatedAt), desc(applications.id))
          .limit(size),
      ),
    signal,
  );
  for await (const rows of batches) yield rows.map(applicationListItemForApi);
}
