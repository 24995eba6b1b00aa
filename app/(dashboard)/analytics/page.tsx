import type { Metadata } from "next";
import { Suspense } from "react";
import { MetricsView } from "@/components/metrics/metrics-view";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { metricsDashboard } from "@/lib/metrics/dashboard";
import { metricsRangeQuery, rangeSearchString, resolveRange } from "@/lib/metrics/range";
import MetricsLoading from "./loading";

export const metadata: Metadata = { title: "Metrics" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MetricsPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageRight("dashboard:use");
  const params = await searchParams;
  const first = (key: string) => [params[key]].flat()[0];
  const search = rangeSearchString({ range: first("range"), from: first("from"), to: first("to") });
  const parsed = metricsRangeQuery.safeParse(Object.fromEntries(new URLSearchParams(search)));
  // A bad range renders no figures here; the client view explains what is wrong with it.
  const initial = parsed.success ? await metricsDashboard(await getDb(), resolveRange(parsed.data)) : null;
  return (
    <>
      <PageHeader title="Metrics" description="Syncs, the catalogue, the pipeline, matching and follow-ups over a date range." />
      <Suspense fallback={<MetricsLoading />}>
        <MetricsView initial={initial} initialSearch={search} />
      </Suspense>
    </>
  );
}
