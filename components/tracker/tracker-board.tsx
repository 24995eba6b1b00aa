"use client";

import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { Board, type BoardColumn } from "@/components/pipeline/board";
import { daysSince, describeDays, describeStale } from "@/components/pipeline/board-cache";
import { NoteDialog, type NoteRequest } from "@/components/pipeline/note-dialog";
import { useLiveInvalidate } from "@/components/realtime/use-live-events";
import { Badge } from "@/components/ui/card";
import { applicationStages, closedStages, stageLabels, type ApplicationStage } from "@/lib/applications/stages";
import { fetchTrackerStage, trackedJobName, trackerKey, trackerStageKey, type ApiError, type TrackerItem } from "./api";
import type { TrackerMove } from "./tracker-cache";
import { useTrackerMove } from "./use-tracker-move";
import { seekerTargets } from "@/lib/tracker/seeker-targets";

const liveKeys = [trackerKey];

type Message = { tone: "ok" | "error"; text: string };
type PendingWithdraw = NoteRequest & { move: TrackerMove };

/** The seeker's applications by stage, live: a recruiter's move shows without a reload. */
export function TrackerBoard() {
  const [pagesShown, setPagesShown] = useState<Partial<Record<ApplicationStage, number>>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [withdraw, setWithdraw] = useState<PendingWithdraw | null>(null);
  useLiveInvalidate(["me"], liveKeys);

  const wanted = applicationStages.flatMap((stage) => Array.from({ length: pagesShown[stage] ?? 1 }, (_, i) => ({ stage, page: i + 1 })));
  const results = useQueries({
    queries: wanted.map(({ stage, page }) => ({ queryKey: trackerStageKey(stage, page), queryFn: () => fetchTrackerStage(stage, page) })),
  });

  const name = trackedJobName;
  const move = useTrackerMove({
    onMoved: (m) => setMessage({ tone: "ok", text: `${name(m.item)} moved to ${stageLabels[m.to]}.` }),
    onRefused: (m, error: ApiError) => setMessage({ tone: "error", text: `${name(m.item)} was not moved to ${stageLabels[m.to]}: ${error.message} It is back in ${stageLabels[m.from]}.` }),
  });

  const columns: BoardColumn<TrackerItem>[] = applicationStages.map((stage) => {
    const pages = wanted.map((w, i) => ({ ...w, result: results[i] })).filter((w) => w.stage === stage);
    const first = pages[0].result;
    const last = pages[pages.length - 1].result;
    const seen = new Set<string>();
    const cards = pages.flatMap((p) => p.result.data?.data ?? []).filter((item) => !seen.has(item.id) && seen.add(item.id));
    const total = first.data?.total ?? 0;
    const more = !!last.data && last.data.page !== null && last.data.page < last.data.total_pages;
    return {
      id: stage,
      title: stageLabels[stage],
      count: total,
      cards,
      end: (closedStages as readonly ApplicationStage[]).includes(stage),
      loading: first.isPending,
      footer: first.isError ? (
        <p role="alert" className="mt-2 px-1 text-xs text-red-700">
          {first.error.message}
        </p>
      ) : more ? (
        <button type="button" disabled={last.isFetching} onClick={() => setPagesShown((p) => ({ ...p, [stage]: (p[stage] ?? 1) + 1 }))} className="mt-2 w-full rounded-md py-1.5 text-xs text-brand-700 hover:bg-white">
          {last.isFetching ? "Loading…" : `Show more (${total - cards.length} left)`}
        </button>
      ) : null,
    };
  });

  const allowedTargets = useCallback((item: TrackerItem, from: string) => seekerTargets(item, from as ApplicationStage), []);
  const canDrag = useCallback((item: TrackerItem) => seekerTargets(item, item.stage).length > 0, []);

  function requestMove(item: TrackerItem, from: string, to: string) {
    const m: TrackerMove = { item, from: from as ApplicationStage, to: to as ApplicationStage, at: new Date() };
    setMessage(null);
    // Withdrawing closes the application for good: ask first (with an optional note for the history).
    if (m.to === "withdrawn") return setWithdraw({ name: name(item), toTitle: stageLabels.withdrawn, required: false, reason: "Withdrawing closes this application for good.", move: m });
    move.mutate(m);
  }

  const now = useMemo(() => new Date(), []);
  const empty = !results.some((r) => r.isPending) && columns.every((c) => c.count === 0);

  return (
    <div>
      <div aria-live="polite" className="min-h-6">
        {message && (
          <p role={message.tone === "error" ? "alert" : "status"} className={`mb-3 flex items-start justify-between gap-3 rounded-lg border px-3 py-2 text-sm ${message.tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-800"}`}>
            <span>{message.text}</span>
            <button type="button" className="text-xs underline" onClick={() => setMessage(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {empty && (
        <p className="mb-3 text-sm text-slate-500">
          Nothing tracked yet. <Link href="/portal/jobs" className="font-medium text-brand-700 hover:underline">Find jobs</Link> and save them, or{" "}
          <Link href="/portal/applications/new" className="font-medium text-brand-700 hover:underline">add a job found elsewhere</Link>.
        </p>
      )}
      <Board label="My applications by stage" columns={columns} cardName={name} renderCard={(item) => <TrackerCard item={item} now={now} />} allowedTargets={allowedTargets} canDrag={canDrag} onMove={requestMove} emptyText="None" />
      <NoteDialog
        request={withdraw}
        onCancel={() => setWithdraw(null)}
        onSubmit={(note) => {
          if (withdraw) move.mutate({ ...withdraw.move, note: note || undefined });
          setWithdraw(null);
        }}
      />
    </div>
  );
}

function TrackerCard({ item, now }: { item: TrackerItem; now: Date }) {
  const movedAt = item.stage_changed_at ?? item.created_at ?? now.toISOString();
  return (
    <div className="space-y-1 text-sm">
      <Link href={`/portal/applications/${item.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline" title={item.job_title ?? undefined}>
        {item.job_title ?? "Untitled job"}
      </Link>
      {item.company_name && <p className="truncate text-xs text-slate-600">{item.company_name}</p>}
      <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
        <time dateTime={movedAt}>{describeDays(daysSince(movedAt, now))}</time>
        {!item.job_id && <Badge>Found elsewhere</Badge>}
        {item.stale_since && <Badge tone="amber">{describeStale(movedAt, now)}</Badge>}
      </p>
    </div>
  );
}
