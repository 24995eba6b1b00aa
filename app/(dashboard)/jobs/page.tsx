import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export/export-links";
import { JobFiltersForm } from "@/components/jobs/job-filters-form";
import { JobTable } from "@/components/jobs/job-table";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb, type Db } from "@/db";
import { ValidationError } from "@/lib/errors";
import { can } from "@/lib/auth/roles";
import { requirePageRight } from "@/server/session";
import { jobFiltersSchema, type JobFilters } from "@/lib/jobs/filters";
import { listJobs, listSourceOptions } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Jobs" };

// Query parameters that narrow the list, as opposed to paging or the role notice.
const filterNames = ["q", "location", "remote", "min_salary", "max_salary", "employment_type", "level", "internship", "source", "posted_since"] as const satisfies ReadonlyArray<keyof JobFilters>;

/** A stale or mangled cursor in a bookmarked URL shows the first page rather than an error. */
function retryWithoutCursor(db: Db, filters: JobFilters) {
  return (err: unknown) => {
    if (err instanceof ValidationError && filters.cursor) return listJobs(db, { ...filters, cursor: undefined });
    throw err;
  };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function JobsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageRight("dashboard:use");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  const parsed = jobFiltersSchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : jobFiltersSchema.parse({});
  const db = await getDb();
  const [result, sources] = await Promise.all([listJobs(db, filters).catch(retryWithoutCursor(db, filters)), listSourceOptions(db)]);
  const totalPages = Math.max(1, Math.ceil(result.total / result.limit));
  const filtered = filterNames.some((name) => raw[name] !== undefined);
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every open job in the catalogue, newest first."
        actions={
          <div className="flex flex-wrap gap-2">
            <ExportLinks resource="jobs" label="jobs" filters={Object.fromEntries([...filterNames, "status"].map((name) => [name, raw[name]]))} />
            {can(user.role, "jobs:manage") && (
              <Link href="/jobs/new" className={buttonClass("primary")}>
                New job
              </Link>
            )}
          </div>
        }
      />
      {raw.denied && <Notice>That page needs a different role: your account cannot open it.</Notice>}
      {!parsed.success && <Notice>Some filters were not understood and were ignored.</Notice>}
      <JobFiltersForm values={raw} sources={sources} filtered={filtered} />
      {result.items.length === 0 ? (
        <EmptyState title={filtered ? "No jobs match these filters" : "No jobs yet"}>
          {filtered ? "Try fewer filters or a broader search." : "Jobs appear here once a job source has synced."}
        </EmptyState>
      ) : (
        <>
          <JobTable jobs={result.items} />
          <Pagination page={result.page} totalPages={totalPages} total={result.total} totalIsEstimate={result.totalIsEstimate} nextCursor={result.nextCursor} basePath="/jobs" query={{ ...raw, page: undefined, cursor: undefined, denied: undefined }} />
        </>
      )}
    </>
  );
}
