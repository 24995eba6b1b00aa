import { Card } from "@/components/ui/card";
import type { getJob } from "@/lib/jobs/queries";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { formatDate, formatSalary, humanise } from "./format";

type JobDetail = Awaited<ReturnType<typeof getJob>>;

/** The side panel of a job: who, where, pay, terms, dates and the apply link. */
export function JobFactsCard({ job }: { job: JobDetail }) {
  const facts: Array<[string, string | null]> = [
    ["Company", job.companyName],
    ["Location", job.locationDisplay],
    ["Salary", formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency)],
    ["Employment", humanise(job.employmentType)],
    ["Level", humanise(job.level)],
    ["Posted", formatDate(job.postedAt)],
    ["Last seen", formatDate(job.lastSeenAt)],
  ];
  const applyUrl = safeHttpUrl(job.applyUrl);
  return (
    <Card className="p-6">
      <dl className="space-y-3 text-sm">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="text-slate-800">{value ?? "—"}</dd>
          </div>
        ))}
      </dl>
      {applyUrl && (
        <a href={applyUrl} className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline" rel="noreferrer noopener" target="_blank">
          Apply link ↗
        </a>
      )}
    </Card>
  );
}
