import type { Metadata } from "next";
import { PostingsChart } from "@/components/metrics/postings-chart";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/lib/auth/session";
import { metricsOverview } from "@/lib/metrics/overview";

export const metadata: Metadata = { title: "Metrics" };

export default async function MetricsPage() {
  await requirePageRight("dashboard:use");
  const m = await metricsOverview(await getDb());
  const stats = [
    ["Open jobs", m.openJobs],
    ["Companies", m.companies],
    ["Candidates", m.candidates],
  ] as const;
  return (
    <>
      <PageHeader title="Metrics" description="The catalogue at a glance." />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        {stats.map(([label, value]) => (
          <Card key={label} className="p-5">
            <p className="text-sm text-slate-500">{label}</p>
            <p className="mt-1 text-3xl font-semibold tabular-nums">{value.toLocaleString("en")}</p>
          </Card>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="p-5 lg:col-span-2">
          <h2 className="mb-4 text-sm font-semibold text-slate-700">Jobs posted per week</h2>
          {m.perWeek.length === 0 ? <EmptyState title="No postings in the last 8 weeks" /> : <PostingsChart data={m.perWeek} />}
        </Card>
        <Card className="p-5">
          <h2 className="mb-4 text-sm font-semibold text-slate-700">Open jobs by country</h2>
          <ul className="space-y-2 text-sm">
            {m.byCountry.map((row) => (
              <li key={row.country} className="flex justify-between">
                <span>{row.country}</span>
                <span className="tabular-nums text-slate-600">{row.jobs}</span>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
