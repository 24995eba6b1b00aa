"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { callApi } from "@/components/sync/api";
import { EmptyState, Notice, Skeleton } from "@/components/ui/card";
import { isQuietRange } from "@/lib/metrics/quiet";
import { metricsRangeQuery, rangeSearchString } from "@/lib/metrics/range";
import type { MetricsDashboard } from "@/lib/metrics/schema";
import { CatalogueFigures, FollowUpFigure, formatDay, MatchingFigures, PipelineFigures, SyncFigures } from "./figures";
import { RangePicker, type RangeSearch } from "./range-picker";

function SectionHeading({ children }: { children: string }) {
  return <h2 className="mb-3 mt-8 text-base font-semibold text-slate-800">{children}</h2>;
}

/**
 * The Metrics page's body: the range lives in the URL (pushState, so the server page is not
 * re-run), react-query fetches GET /api/v1/metrics/dashboard for it, the server's figures seed the first one.
 */
export function MetricsView({ initial, initialSearch }: { initial: MetricsDashboard | null; initialSearch: string }) {
  const searchParams = useSearchParams();
  const search = rangeSearchString(searchParams);
  const current = Object.fromEntries(new URLSearchParams(search)) as RangeSearch;
  const parsed = metricsRangeQuery.safeParse(current);
  const query = useQuery({
    queryKey: ["metrics-dashboard", search],
    queryFn: () => callApi<{ data: MetricsDashboard }>(`/api/v1/metrics/dashboard${search ? `?${search}` : ""}`).then((body) => body.data),
    enabled: parsed.success,
    initialData: search === initialSearch && initial ? initial : undefined,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  function choose(next: RangeSearch) {
    window.history.pushState(null, "", `?${rangeSearchString(next)}`);
  }

  const d = parsed.success ? query.data : undefined;
  return (
    <>
      <RangePicker current={current} onChange={choose} />
      <p role="status" aria-live="polite" className="sr-only">
        {query.isFetching ? "Loading figures…" : d ? `Showing ${formatDay(d.range.from)} to ${formatDay(d.range.to)}.` : ""}
      </p>
      {!parsed.success ? (
        <Notice tone="red">
          This date range cannot be shown: {[...new Set(parsed.error.issues.map((issue) => issue.message))].join(" ")} Pick a preset or two dates.
        </Notice>
      ) : query.isError && !d ? (
        <Notice tone="red">The figures could not be loaded: {query.error.message}</Notice>
      ) : !d ? (
        <div aria-busy="true" className="grid gap-6 xl:grid-cols-2">
          <Skeleton className="h-80" />
          <Skeleton className="h-80" />
        </div>
      ) : (
        <div aria-busy={query.isFetching} className={query.isPlaceholderData ? "opacity-60 transition-opacity" : undefined}>
          <p className="text-sm text-slate-600">
            {formatDay(d.range.from)} – {formatDay(d.range.to)} {d.range.to.slice(0, 4)} (UTC), {d.range.days} days{d.range.bucket === "week" ? ", per week" : ""}.
          </p>
          {isQuietRange(d) && (
            <div className="mt-4">
              <EmptyState title={`Nothing happened between ${formatDay(d.range.from)} and ${formatDay(d.range.to)} ${d.range.to.slice(0, 4)}`}>
                No sync runs, applications, matches or follow-ups in this range. Try a longer range; open jobs below are as of now.
              </EmptyState>
            </div>
          )}
          {!isQuietRange(d) && (
            <>
              <SectionHeading>Syncs</SectionHeading>
              <SyncFigures d={d} />
            </>
          )}
          <SectionHeading>Open jobs now</SectionHeading>
          <CatalogueFigures open={d.open} />
          {!isQuietRange(d) && (
            <>
              <SectionHeading>Pipeline</SectionHeading>
              <PipelineFigures funnel={d.funnel} />
              <SectionHeading>Matching</SectionHeading>
              <MatchingFigures scores={d.scores} />
              <SectionHeading>Follow-ups</SectionHeading>
              <FollowUpFigure followups={d.followups} bucket={d.range.bucket} />
            </>
          )}
        </div>
      )}
    </>
  );
}
