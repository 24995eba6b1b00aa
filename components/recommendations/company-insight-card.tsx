import { formatDate, formatSalary } from "@/components/jobs/format";
import { Badge, Card } from "@/components/ui/card";
import type { CompanyInsightView } from "@/lib/companies/insight";

/** What the catalogue knows of a company, as a card. Presentational: server and client pages alike. */
export function CompanyInsightCard({ insight, className = "" }: { insight: CompanyInsightView; className?: string }) {
  const pace = insight.postings_per_week;
  return (
    <Card className={`p-4 ${className}`}>
      <h3 className="text-sm font-semibold text-slate-900">What Hireflow knows of {insight.company.name}</h3>
      <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">Open jobs</dt>
          <dd className="font-medium text-slate-900">{insight.open_jobs}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Posting pace</dt>
          <dd className="font-medium text-slate-900">
            {pace > 0 ? `${pace} a week` : "No new jobs"} <span className="font-normal text-slate-500">(last 90 days)</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">Newest posting</dt>
          <dd className="font-medium text-slate-900">{formatDate(insight.newest_posting_at)}</dd>
        </div>
      </dl>
      <div className="mt-3 text-sm">
        <p className="text-slate-500">Skills it hires for</p>
        {insight.top_skills.length === 0 ? (
          <p className="text-slate-600">No skills listed on its recent jobs.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1" aria-label="Skills it hires for">
            {insight.top_skills.map((s) => (
              <li key={s.name}>
                <Badge tone="blue">
                  {s.name} · {s.jobs}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-3 text-sm">
        <p className="text-slate-500">Salary ranges</p>
        {insight.salary_ranges.length === 0 ? (
          <p className="text-slate-600">Its recent jobs state no salary.</p>
        ) : (
          <ul className="mt-1 space-y-0.5">
            {insight.salary_ranges.map((r) => (
              <li key={r.currency} className="text-slate-800">
                {formatSalary(r.min, r.max, r.currency)} <span className="text-slate-500">· median {formatSalary(r.median, r.median, r.currency)} over {r.jobs} job{r.jobs === 1 ? "" : "s"}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="mt-3 text-xs text-slate-400">From Hireflow&apos;s own catalogue, as of {formatDate(insight.computed_at)}; refreshed every 30 days.</p>
    </Card>
  );
}
