"use client";

import type { MetricsDashboard } from "@/lib/metrics/schema";
import { badColor, goodColor, palette, SeriesBarChart, type ChartRow } from "./bar-chart";
import { ChartFigure } from "./chart-figure";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const runFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

function bucketLabel(start: string, bucket: MetricsDashboard["range"]["bucket"]): string {
  return bucket === "day" ? formatDay(start) : `Week of ${formatDay(start)}`;
}

const runLabel = (run: MetricsDashboard["runs"]["shown"][number]) => `${runFormat.format(new Date(run.started))} ${run.source}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const stageName = (stage: string) => stage.replaceAll("_", " ").replace(/^./, (c) => c.toUpperCase());

export function SyncFigures({ d }: { d: MetricsDashboard }) {
  const { ingested, runs, range } = d;
  const bucketWord = range.bucket === "day" ? "Day" : "Week";
  const totalIngested = sum(ingested.buckets.map((b) => b.total));
  const sourceKey = (i: number) => `s${i}`;
  const ingestedRows: ChartRow[] = ingested.buckets.map((b) => ({ label: bucketLabel(b.start, range.bucket), ...Object.fromEntries(ingested.sources.map((s, i) => [sourceKey(i), b.counts[s] ?? 0])) }));
  const runSources = [...new Set(runs.shown.map((r) => r.source))];
  const shownNote = runs.total > runs.shown.length ? ` (the latest ${runs.shown.length} shown)` : "";
  const finished = runs.shown.filter((r) => r.seconds !== null);
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ChartFigure
        title={`Jobs ingested per ${bucketWord.toLowerCase()} by source`}
        summary={`${plural(totalIngested, "new job")} from ${plural(ingested.sources.length, "source")}.`}
        empty="No sync run inserted jobs in this range."
        table={{ columns: [bucketWord, ...ingested.sources, "Total"], rows: totalIngested === 0 ? [] : ingested.buckets.map((b) => [bucketLabel(b.start, range.bucket), ...ingested.sources.map((s) => b.counts[s] ?? 0), b.total]) }}
      >
        <SeriesBarChart data={ingestedRows} category="label" stacked series={ingested.sources.map((s, i) => ({ key: sourceKey(i), name: s, color: palette[i % palette.length] }))} />
      </ChartFigure>
      <ChartFigure
        title="Duplicates merged and record failures per sync run"
        summary={`${plural(runs.total, "run")}${shownNote}: ${plural(sum(runs.shown.map((r) => r.duplicates)), "duplicate")} merged, ${plural(sum(runs.shown.map((r) => r.failures)), "record")} failed.`}
        empty="No sync runs in this range."
        table={{ columns: ["Run (UTC)", "Source", "Status", "Fetched", "Duplicates", "Failures"], rows: runs.shown.map((r) => [runFormat.format(new Date(r.started)), r.source, r.status, r.fetched, r.duplicates, r.failures]) }}
      >
        <SeriesBarChart
          data={runs.shown.map((r) => ({ label: runLabel(r), duplicates: r.duplicates, failures: r.failures }))}
          category="label"
          series={[
            { key: "duplicates", name: "Duplicates merged", color: palette[1] },
            { key: "failures", name: "Record failures", color: badColor },
          ]}
        />
      </ChartFigure>
      <ChartFigure
        title="Sync durations per run, by source"
        summary={d.durations.map((s) => `${s.source}: median ${s.median ?? "–"} s, longest ${s.longest ?? "–"} s over ${plural(s.runs, "run")}`).join("; ") + "."}
        empty="No finished sync runs in this range."
        table={{ columns: ["Run (UTC)", "Source", "Seconds"], rows: finished.map((r) => [runFormat.format(new Date(r.started)), r.source, r.seconds ?? ""]) }}
      >
        <SeriesBarChart
          data={finished.map((r) => ({ label: runLabel(r), [`s${runSources.indexOf(r.source)}`]: r.seconds }))}
          category="label"
          stacked
          allowDecimals
          series={runSources.map((s, i) => ({ key: `s${i}`, name: s, color: palette[i % palette.length] }))}
        />
      </ChartFigure>
    </div>
  );
}

export function CatalogueFigures({ open }: { open: MetricsDashboard["open"] }) {
  const figures = [
    { title: "Open jobs by country", rows: open.countries, column: "Country", horizontal: true },
    { title: "Open jobs by level", rows: open.levels, column: "Level", horizontal: false },
    { title: "Open jobs, remote or on-site", rows: open.remote, column: "Where", horizontal: false },
  ];
  return (
    <div className="grid gap-6 xl:grid-cols-3">
      {figures.map((f, i) => (
        <ChartFigure
          key={f.title}
          title={f.title}
          summary={`${plural(open.total, "open job")} now${f.rows[0] ? `; most: ${f.rows.reduce((a, b) => (b.jobs > a.jobs ? b : a)).label}` : ""}.`}
          empty="No open jobs."
          table={{ columns: [f.column, "Open jobs"], rows: f.rows.map((r) => [r.label, r.jobs]) }}
        >
          <SeriesBarChart data={f.rows} category="label" horizontal={f.horizontal} series={[{ key: "jobs", name: "Open jobs", color: palette[i] }]} />
        </ChartFigure>
      ))}
    </div>
  );
}

export function PipelineFigures({ funnel }: { funnel: MetricsDashboard["funnel"] }) {
  const hired = funnel.stages.find((s) => s.stage === "hired")?.reached ?? 0;
  const withMedian = funnel.stages.filter((s) => s.median !== null);
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ChartFigure
        title="Hiring funnel across all jobs"
        summary={`${plural(funnel.applications, "application")} created in the range; ${hired.toLocaleString("en")} hired, ${funnel.rejected.toLocaleString("en")} rejected, ${funnel.withdrawn.toLocaleString("en")} withdrawn.`}
        empty="No applications were created in this range."
        table={{
          columns: ["Stage", "Reached", "In it now", "Conversion from previous"],
          rows: funnel.applications === 0 ? [] : funnel.stages.map((s) => [stageName(s.stage), s.reached, s.current, s.conversion === null ? "–" : `${Math.round(s.conversion * 100)} %`]),
        }}
      >
        <SeriesBarChart
          data={funnel.stages.map((s) => ({ label: stageName(s.stage), reached: s.reached, current: s.current }))}
          category="label"
          horizontal
          series={[
            { key: "reached", name: "Reached", color: palette[0] },
            { key: "current", name: "In it now", color: palette[5] },
          ]}
        />
      </ChartFigure>
      <ChartFigure
        title="Median days in stage"
        summary={withMedian.length ? `Over completed stays; longest: ${stageName(withMedian.reduce((a, b) => ((b.median ?? 0) > (a.median ?? 0) ? b : a)).stage)}.` : ""}
        empty="No application has left a stage yet in this range."
        table={{ columns: ["Stage", "Median days"], rows: withMedian.map((s) => [stageName(s.stage), s.median ?? ""]) }}
      >
        <SeriesBarChart data={withMedian.map((s) => ({ label: stageName(s.stage), median: s.median }))} category="label" allowDecimals series={[{ key: "median", name: "Median days", color: palette[4] }]} />
      </ChartFigure>
    </div>
  );
}

export function MatchingFigures({ scores }: { scores: MetricsDashboard["scores"] }) {
  const range = (b: { low: number; high: number }) => `${b.low.toFixed(1)}–${b.high.toFixed(1)}`;
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      <ChartFigure
        title="Match score distribution"
        summary={`${plural(scores.matches, "match", "matches")} created in the range, by score.`}
        empty="No matches were created in this range."
        table={{ columns: ["Score", "Matches"], rows: scores.matches === 0 ? [] : scores.buckets.map((b) => [range(b), b.matches]) }}
      >
        <SeriesBarChart data={scores.buckets.map((b) => ({ label: range(b), matches: b.matches }))} category="label" series={[{ key: "matches", name: "Matches", color: palette[2] }]} />
      </ChartFigure>
      <ChartFigure
        title="Strong matches (score ≥ 0.85) per job"
        summary={scores.strong[0] ? `Most: ${scores.strong[0].title} with ${plural(scores.strong[0].matches, "strong match", "strong matches")}.` : ""}
        empty="No strong matches in this range."
        table={{ columns: ["Job", "Company", "Strong matches"], rows: scores.strong.map((s) => [s.title, s.company ?? "–", s.matches]) }}
      >
        <SeriesBarChart data={scores.strong.map((s) => ({ label: s.title, matches: s.matches }))} category="label" horizontal series={[{ key: "matches", name: "Strong matches", color: palette[3] }]} />
      </ChartFigure>
    </div>
  );
}

export function FollowUpFigure({ followups, bucket }: { followups: MetricsDashboard["followups"]; bucket: MetricsDashboard["range"]["bucket"] }) {
  const word = bucket === "day" ? "Day" : "Week";
  return (
    <ChartFigure
      title={`Follow-ups done vs overdue per ${word.toLowerCase()}`}
      summary={`${plural(followups.done, "follow-up")} done; ${plural(followups.overdue, "follow-up")} due in the range and still not done.`}
      empty="No follow-ups were done or fell due in this range."
      table={{ columns: [word, "Done", "Overdue"], rows: followups.done + followups.overdue === 0 ? [] : followups.buckets.map((b) => [bucketLabel(b.start, bucket), b.done, b.overdue]) }}
    >
      <SeriesBarChart
        data={followups.buckets.map((b) => ({ label: bucketLabel(b.start, bucket), done: b.done, overdue: b.overdue }))}
        category="label"
        series={[
          { key: "done", name: "Done", color: goodColor },
          { key: "overdue", name: "Overdue", color: badColor },
        ]}
      />
    </ChartFigure>
  );
}
