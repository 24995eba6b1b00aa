"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, Skeleton } from "@/components/ui/card";
import { stageLabels } from "@/lib/applications/stages";
import { fetchFunnel, type JobFunnel } from "./api";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);
const days = (value: number | null) => (value === null ? "—" : value < 1 ? "under a day" : `${value.toFixed(1)} days`);

/** A job's funnel: how many reached each stage, conversion from the stage before, median days spent in it. */
export function JobFunnelCard({ jobId }: { jobId: string }) {
  const funnel = useQuery({ queryKey: ["funnel", jobId], queryFn: () => fetchFunnel(jobId) });
  return (
    <Card className="p-5">
      <h2 className="mb-1 text-base font-semibold">Funnel and time in stage</h2>
      <p className="mb-4 text-sm text-slate-500">How far this job&apos;s applications got; a skipped stage counts as passed. Median days count finished stays only.</p>
      {funnel.isPending ? (
        <Skeleton className="h-40 w-full" />
      ) : funnel.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {funnel.error.message}
        </p>
      ) : funnel.data.total === 0 ? (
        <p className="text-sm text-slate-500">No applications yet, so no funnel.</p>
      ) : (
        <FunnelTable funnel={funnel.data} />
      )}
    </Card>
  );
}

function FunnelTable({ funnel }: { funnel: JobFunnel }) {
  const widest = Math.max(1, ...funnel.stages.map((s) => s.reached));
  return (
    <>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Funnel: applications reaching each stage, conversion from the previous stage, and median days in stage</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">Stage</th>
            <th scope="col" className="py-2 pr-3 font-medium">Reached</th>
            <th scope="col" className="hidden py-2 pr-3 font-medium sm:table-cell" aria-hidden="true" />
            <th scope="col" className="py-2 pr-3 text-right font-medium">Conversion</th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">Now</th>
            <th scope="col" className="py-2 text-right font-medium">Median time in stage</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {funnel.stages.map((s) => (
            <tr key={s.stage}>
              <th scope="row" className="py-2 pr-3 font-medium text-slate-800">{stageLabels[s.stage]}</th>
              <td className="py-2 pr-3 tabular-nums">{s.reached}</td>
              <td className="hidden w-1/3 py-2 pr-3 sm:table-cell" aria-hidden="true">
                <div className="h-2 rounded-full bg-brand-500" style={{ width: `${(s.reached / widest) * 100}%`, minWidth: s.reached ? "0.25rem" : 0 }} />
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{percent(s.conversion_from_previous)}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{s.current}</td>
              <td className="py-2 text-right tabular-nums">{days(s.median_days)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-500">
        {funnel.total} applications in all · {funnel.rejected} rejected · {funnel.withdrawn} withdrawn
      </p>
    </>
  );
}
