import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { requirePageRight } from "@/lib/auth/session";
import { candidateFiltersSchema, listCandidates } from "@/lib/candidates/queries";

export const metadata: Metadata = { title: "Candidates" };

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageRight("candidates:read");
  const raw = await searchParams;
  const filters = candidateFiltersSchema.safeParse(raw).data ?? candidateFiltersSchema.parse({});
  const result = await listCandidates(await getDb(), filters);
  return (
    <>
      <PageHeader title="Candidates" description="People in your talent pool." actions={<Link href="/candidates/upload" className={buttonClass("primary")}>Upload resume</Link>} />
      <form role="search" action="/candidates" className="mb-4 flex gap-3">
        <input name="q" type="search" defaultValue={filters.q} placeholder="Name, headline or skill" aria-label="Search candidates" className="w-full max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm" />
        <button className={buttonClass("primary")} type="submit">
          Search
        </button>
      </form>
      {result.items.length === 0 ? (
        <EmptyState title={filters.q ? "No candidates match" : "No candidates yet"}>Candidates arrive from the marketplace sync or are added by recruiters.</EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {result.items.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-medium text-slate-900">{c.fullName}</p>
                  <p className="text-sm text-slate-500">
                    {c.headline ?? "No headline"} · {c.location ?? "Location unknown"}
                    {c.yearsExperience !== null && ` · ${c.yearsExperience} yrs`}
                  </p>
                </div>
                <div className="flex flex-wrap gap-1.5">
                  {c.skills.map((s) => (
                    <Badge key={s}>{s}</Badge>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={result.page} totalPages={result.totalPages} total={result.total} basePath="/candidates" query={{ q: filters.q }} />
        </>
      )}
    </>
  );
}
