import type { Metadata } from "next";
import { ExportLinks } from "@/components/export/export-links";
import { MatchDecisionList } from "@/components/matching/match-decision-list";
import { Button } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { pageResponse } from "@/lib/http/pagination";
import { jobsWithNewMatches, listNewMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi } from "@/lib/matching/serialize";
import { z } from "zod";

export const metadata: Metadata = { title: "Matches" };

const pageQuery = matchListQuery.extend({ job_id: z.string().uuid().optional().catch(undefined) });

export default async function MatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRight("candidates:read");
  const raw = await searchParams;
  const parsed = pageQuery.safeParse({ ...raw, job_id: raw.job_id || undefined, min_score: raw.min_score || undefined, status: undefined });
  const query = parsed.success ? parsed.data : pageQuery.parse({});
  const db = await getDb();
  const [found, jobOptions] = await Promise.all([listNewMatches(db, query), jobsWithNewMatches(db)]);
  const page = pageResponse(found, matchForApi);
  return (
    <>
      <PageHeader
        title="Matches"
        description="The best new matches across open jobs. Shortlist the ones worth a call; dismiss the rest."
        actions={<ExportLinks resource="matches" label="matches" filters={{ job_id: query.job_id, min_score: query.min_score?.toString() }} />}
      />
      <Card className="mb-4 p-4">
        <form className="flex flex-wrap items-end gap-4" method="get">
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">Job</span>
            <select name="job_id" defaultValue={query.job_id ?? ""} className="rounded-md border border-slate-300 px-2 py-1.5 text-sm">
              <option value="">All open jobs</option>
              {jobOptions.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.title} ({j.count})
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm">
            <span className="mb-1 block text-slate-600">Minimum score (0–1)</span>
            <input
              name="min_score"
              type="number"
              min={0}
              max={1}
              step={0.05}
              defaultValue={query.min_score ?? ""}
              className="w-28 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
            />
          </label>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
          {!parsed.success && <p className="text-sm text-red-700">Those filters were not valid; showing all new matches.</p>}
        </form>
      </Card>
      {/* Keyed by the query so a new page or filter starts from the server's list. */}
      <MatchDecisionList
        key={JSON.stringify(query)}
        initial={page.data}
        side="both"
        hideDecided
        empty={query.job_id || query.min_score !== undefined ? "No new matches for these filters" : "No new matches yet: they appear once jobs and candidates are scored"}
      />
      {page.total > 0 && (
        <Pagination
          page={page.page}
          totalPages={page.total_pages}
          total={page.total}
          totalIsEstimate={page.total_is_estimate}
          basePath="/matches"
          query={{ job_id: query.job_id, min_score: query.min_score?.toString(), limit: raw.limit }}
        />
      )}
    </>
  );
}
