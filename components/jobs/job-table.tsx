import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import type { JobListItem } from "@/lib/jobs/queries";
import { formatDate, formatSalary, humanise } from "./format";

type Props = {
  jobs: JobListItem[];
  /** Where a job's title links to: the dashboard's job page unless the portal gives its own. */
  jobHref?: (id: string) => string;
  /** A last column of per-row controls (the seeker's Save button). */
  rowAction?: { label: string; render: (job: JobListItem) => ReactNode };
};

export function JobTable({ jobs, jobHref = (id) => `/jobs/${id}`, rowAction }: Props) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3">Job</th>
            <th scope="col" className="px-4 py-3">Location</th>
            <th scope="col" className="px-4 py-3">Salary</th>
            <th scope="col" className="px-4 py-3">Posted</th>
            {rowAction && (
              <th scope="col" className="px-4 py-3">
                <span className="sr-only">{rowAction.label}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {jobs.map((job) => (
            <tr key={job.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={jobHref(job.id)} className="font-medium text-slate-900 hover:text-brand-700">
                  {job.title}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
                  <span>{job.companyName ?? "Unknown company"}</span>
                  {job.level && <Badge>{humanise(job.level)}</Badge>}
                  {job.internship && <Badge tone="amber">Internship</Badge>}
                  {job.status !== "open" && <Badge tone="red">{humanise(job.status)}</Badge>}
                </div>
              </td>
              <td className="px-4 py-3 text-slate-700">
                {job.locationDisplay ?? "—"} {job.remote && <Badge tone="green">Remote</Badge>}
              </td>
              <td className="px-4 py-3 text-slate-700">
                {formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency) ?? <span className="text-slate-400">Not stated</span>}
                {job.salaryPredicted && <span className="ml-1 text-xs text-slate-400">(estimate)</span>}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-500">{formatDate(job.postedAt)}</td>
              {rowAction && <td className="px-4 py-3 text-right">{rowAction.render(job)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
