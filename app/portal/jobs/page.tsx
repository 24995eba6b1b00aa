import type { Metadata } from "next";
import { JobFiltersForm } from "@/components/jobs/job-filters-form";
import { JobTable } from "@/components/jobs/job-table";
import { SaveJobButton } from "@/components/tracker/save-job-button";
import { EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb, type Db } from "@/db";
import { requirePageRight } from "@/server/session";
import { ValidationError } from "@/lib/errors";
import { jobFiltersSchema, type JobFilters } from "@/lib/jobs/filters";
import { listJobs, listSourceOptions } from "@/lib/jobs/queries";
import { ownApplicationsForJobs } from "@/lib/tracker/queries";

export const metadata: Metadata = { title: "Find jobs" };

const filterNames = ["q", "location", "remote", "min_salary", "max_salary", "employment_type", "level", "internship", "source", "posted_since"] as const;

/** A stale or mangled cursor in a bookmarked URL shows the first page rather than an error. */
function firstPageOnBadCursor(db: Db, filters: JobFilters) {
  return (err: unknown) => {
    if (err instanceof ValidationError && filters.cursor) return listJobs(db, { ...filters, cursor: undefined });
    throw err;
  };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The catalogue for a seeker: the same search as the dashboard's, with a Save button per job. */
export default async function PortalJobsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRight("portal:use");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  const parsed = jobFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : jobFiltersSchema.parse({});
  const db = await getDb();
  const [result, sources] = await Promise.all([listJobs(db, filters).catch(firstPageOnBadCursor(db, filters)), listSourceOptions(db)]);
  const tracked = await ownApplicationsForJobs(
    db,
    user,
    result.items.map((j) => j.id),
  );
  const totalPages = Math.max(1, Math.ceil(result.total / result.limit));
  const filtered = filterNames.some((name) => raw[name] !== undefined);
  return (
    <>
      <PageHeader title="Find jobs" description="Save the jobs you like to track them on your board." />
      {!parsed.success && <Notice>Some filters were not understood and were ignored.</Notice>}
      <JobFiltersForm values={raw} sources={sources} filtered={filtered} basePath="/portal/jobs" />
      {result.items.length === 0 ? (
        <EmptyState title={filtered ? "No jobs match these filters" : "No jobs yet"}>{filtered ? "Try fewer filters or a broader search." : "Jobs appear here once the catalogue has synced."}</EmptyState>
      ) : (
        <>
          <JobTable
            jobs={result.items}
            jobHref={(id) => `/portal/jobs/${id}`}
            rowAction={{ label: "Save", render: (job) => <SaveJobButton jobId={job.id} jobTitle={job.title} initial={tracked.get(job.id) ?? null} compact /> }}
          />
          <Pagination page={result.page} totalPages={totalPages} total={result.total} totalIsEstimate={result.totalIsEstimate} nextCursor={result.nextCursor} basePath="/portal/jobs" query={{ ...raw, page: undefined, cursor: undefined }} />
        </>
      )}
    </>
  );
}
