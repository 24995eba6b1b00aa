import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export/export-links";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { candidateListSchema } from "@/lib/candidates/input";
import { listCandidates } from "@/lib/candidates/list";

export const metadata: Metadata = { title: "Candidates" };

const inputClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

export default async function CandidatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageRight("candidates:read");
  const raw = await searchParams;
  const filters = candidateListSchema.safeParse(raw).data ?? candidateListSchema.parse({});
  const result = await listCandidates(await getDb(), user, filters);
  const filtered = Boolean(filters.q || filters.skills.length || filters.min_experience !== undefined || filters.location || filters.duplicates);
  const query = { q: filters.q, skills: filters.skills.join(","), min_experience: filters.min_experience?.toString(), location: filters.location, duplicates: filters.duplicates };
  return (
    <>
      <PageHeader
        title="Candidates"
        description="People in your talent pool."
        actions={
          <div className="flex flex-wrap gap-2">
            <ExportLinks resource="candidates" label="candidates" filters={query} />
            <Link href="/candidates/upload" className={buttonClass("secondary")}>
              Upload resume
            </Link>
            <Link href="/candidates/new" className={buttonClass("primary")}>
              New candidate
            </Link>
          </div>
        }
      />
      <form role="search" action="/candidates" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Search
          <input name="q" type="search" defaultValue={filters.q} placeholder="Name, title, e-mail or skill" className={`${inputClass} w-64`} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Skills (all of)
          <input name="skills" defaultValue={filters.skills.join(", ")} placeholder="Python, SQL" className={`${inputClass} w-48`} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Min. years
          <input name="min_experience" type="number" min={0} max={70} step="0.5" defaultValue={filters.min_experience} className={`${inputClass} w-24`} />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Location
          <input name="location" defaultValue={filters.location} placeholder="London or GB" className={`${inputClass} w-40`} />
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
          <input type="checkbox" name="duplicates" value="1" defaultChecked={Boolean(filters.duplicates)} /> Possible duplicates only
        </label>
        <button className={buttonClass("primary")} type="submit">
          Filter
        </button>
        {filtered && (
          <Link href="/candidates" className={buttonClass("ghost")}>
            Clear
          </Link>
        )}
      </form>
      {result.items.length === 0 ? (
        <EmptyState title={filtered ? "No candidates match" : "No candidates yet"}>
          {filtered ? "Try fewer skills or another location." : "Candidates arrive from the marketplace sync, from resumes, or are added by recruiters."}
        </EmptyState>
      ) : (
        <>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {result.items.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="flex items-center gap-2 font-medium text-slate-900">
                    <Link href={`/candidates/${c.id}`} className="hover:underline">
                      {c.fullName || "Unnamed candidate"}
                    </Link>
                    {c.possibleDuplicate && <Badge tone="amber">Possible duplicate</Badge>}
                  </p>
                  <p className="text-sm text-slate-500">
                    {c.headline ?? "No title"} · {c.location ?? "Location unknown"}
                    {c.yearsExperience !== null && ` · ${c.yearsExperience} yrs`}
                  </p>
                </div>
                <div className="flex flex-wrap gap-1.5">
                  {c.skills.slice(0, 12).map((s) => (
                    <Badge key={s}>{c.skillLevels[s] ? `${s} · ${c.skillLevels[s]}` : s}</Badge>
                  ))}
                </div>
              </li>
            ))}
          </ul>
          <Pagination page={result.page} totalPages={Math.max(1, Math.ceil(result.total / result.limit))} total={result.total} basePath="/candidates" query={query} />
        </>
      )}
    </>
  );
}
