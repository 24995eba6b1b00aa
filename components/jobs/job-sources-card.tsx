import { Badge, Card } from "@/components/ui/card";
import type { SourceType } from "@/lib/etl/canonical";
import type { getJobSources } from "@/lib/jobs/queries";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { formatDate } from "./format";

type JobSourceRow = Awaited<ReturnType<typeof getJobSources>>[number];

const sourceTypeLabels: Record<SourceType, string> = {
  adzuna: "Adzuna",
  jsearch: "JSearch",
  hh: "HeadHunter",
  greenhouse: "Greenhouse",
  lever: "Lever",
  lamoda: "Lamoda",
};
// The column is plain text; a type this build does not know is shown as stored.
const sourceTypeLabel = (type: string) => (sourceTypeLabels as Record<string, string | undefined>)[type] ?? type;

/** Every job board the job was seen on: one job merged from several boards lists each of them. */
export function JobSourcesCard({ sources }: { sources: JobSourceRow[] }) {
  return (
    <Card className="p-6 lg:col-span-3">
      <h2 id="job-sources-heading" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
        Sources
      </h2>
      {sources.length === 0 ? (
        <p className="text-sm text-slate-500">Not seen on any job source: this job was added directly.</p>
      ) : (
        <ul aria-labelledby="job-sources-heading" className="divide-y divide-slate-100">
          {sources.map((source) => ({ ...source, url: safeHttpUrl(source.url) })).map((s) => (
            <li key={`${s.sourceId}:${s.externalId}`} className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2 py-3 first:pt-0 last:pb-0">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-800">
                  {s.source}
                  <Badge>{sourceTypeLabel(s.type)}</Badge>
                </p>
                <p className="mt-1 text-xs text-slate-500">
                  External id <code className="break-all font-mono text-slate-700">{s.externalId}</code>
                </p>
              </div>
              <dl className="flex gap-6 text-xs">
                <div>
                  <dt className="text-slate-500">First seen</dt>
                  <dd className="text-slate-800">{formatDate(s.firstSeenAt)}</dd>
                </div>
                <div>
                  <dt className="text-slate-500">Last seen</dt>
                  <dd className="text-slate-800">{formatDate(s.lastSeenAt)}</dd>
                </div>
              </dl>
              {s.url ? (
                <a href={s.url} className="text-sm font-medium text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
                  View on {s.source} ↗<span className="sr-only"> (opens in a new tab)</span>
                </a>
              ) : (
                <span className="text-sm text-slate-400">No link</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
