"use client";

import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback, useMemo, useState } from "react";
import { useLiveInvalidate } from "@/components/realtime/use-live-events";
import { Badge } from "@/components/ui/card";
import { pipelineStages, type PipelineStage } from "@/lib/applications/board-stages";
import { allowedNextStages, noteRequired, stageLabels, type ApplicationStage } from "@/lib/applications/stages";
import { fetchStagePage, type ApiError, type ApplicationItem, type ApplicationsPage } from "./api";
import { Board, type BoardColumn } from "./board";
import { daysSince, describeDays, describeStale, stagePageKey } from "./board-cache";
import { NoteDialog, type NoteRequest } from "./note-dialog";
import { useMoveApplication, type MoveRequest } from "./use-move-application";

const endStages: readonly ApplicationStage[] = ["hired", "rejected", "withdrawn"];
const askForNote: readonly ApplicationStage[] = ["rejected", "withdrawn"];

const liveKeys = [["pipeline"], ["funnel"]] as const;

type Message = { tone: "ok" | "error"; text: string };
type PendingNote = NoteRequest & { move: MoveRequest };

/** The pipeline of one job (jobId) or of all jobs, live, with optimistic drag-and-drop moves. */
export function PipelineBoard({ jobId, label, initial }: { jobId: string | null; label: string; initial?: Partial<Record<PipelineStage, ApplicationsPage>> }) {
  const scope = jobId ?? "all";
  const [pagesShown, setPagesShown] = useState<Partial<Record<ApplicationStage, number>>>({});
  const [message, setMessage] = useState<Message | null>(null);
  const [pendingNote, setPendingNote] = useState<PendingNote | null>(null);

  const wanted = pipelineStages.flatMap((stage) => Array.from({ length: pagesShown[stage] ?? 1 }, (_, i) => ({ stage, page: i + 1 })));
  const results = useQueries({
    queries: wanted.map(({ stage, page }) => ({
      queryKey: stagePageKey(scope, stage, page),
      queryFn: () => fetchStagePage({ jobId, stage, page }),
      initialData: page === 1 ? initial?.[stage] : undefined,
    })),
  });

  // Another recruiter's move (or a seeker's) reaches every open board: refetch the columns and the funnel.
  useLiveInvalidate(["pipeline"], liveKeys);

  const name = (item: ApplicationItem) => item.candidate_name;
  const move = useMoveApplication(scope, {
    onMoved: (m) => setMessage({ tone: "ok", text: `${name(m.item)} moved to ${stageLabels[m.to]}.` }),
    onRefused: (m, error: ApiError) => {
      if (error.code === "note_required") {
        setPendingNote({ name: name(m.item), toTitle: stageLabels[m.to], required: true, reason: error.message, move: m });
        return;
      }
      setMessage({ tone: "error", text: `${name(m.item)} was not moved to ${stageLabels[m.to]}: ${error.message} It is back in ${stageLabels[m.from]}.` });
    },
  });

  const columns: BoardColumn<ApplicationItem>[] = pipelineStages.map((stage) => {
    const pages = wanted.map((w, i) => ({ ...w, result: results[i] })).filter((w) => w.stage === stage);
    const first = pages[0].result;
    const seen = new Set<string>();
    const cards = pages.flatMap((p) => p.result.data?.data ?? []).filter((item) => !seen.has(item.id) && seen.add(item.id));
    const total = first.data?.total ?? 0;
    const last = pages[pages.length - 1].result;
    const more = !!last.data && last.data.page !== null && last.data.page < last.data.total_pages;
    return {
      id: stage,
      title: stageLabels[stage],
      count: total,
      cards,
      end: endStages.includes(stage),
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

  const allowedTargets = useCallback((_item: ApplicationItem, from: string) => allowedNextStages(from as ApplicationStage).filter((s) => (pipelineStages as readonly string[]).includes(s)), []);

  function requestMove(item: ApplicationItem, from: string, to: string) {
    const m: MoveRequest = { item, from: from as ApplicationStage, to: to as ApplicationStage, at: new Date() };
    setMessage(null);
    if (noteRequired(m.from, m.to)) return setPendingNote({ name: name(item), toTitle: stageLabels[m.to], required: true, move: m });
    if (askForNote.includes(m.to)) return setPendingNote({ name: name(item), toTitle: stageLabels[m.to], required: false, move: m });
    move.mutate(m);
  }

  const now = useMemo(() => new Date(), []);
  const empty = !results.some((r) => r.isPending) && columns.every((c) => c.count === 0);

  return (
    <div>
      <div className="min-h-6">
        {message && (
          <p role={message.tone === "error" ? "alert" : "status"} className={`mb-3 flex items-start justify-between gap-3 rounded-lg border px-3 py-2 text-sm ${message.tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-800"}`}>
            <span>{message.text}</span>
            <button type="button" className="text-xs underline" onClick={() => setMessage(null)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
      {empty && <p className="mb-3 text-sm text-slate-500">No applications yet{jobId ? " for this job" : ""}. Add candidates to a job from its matches or through the API (POST /api/v1/applications).</p>}
      <Board
        label={label}
        columns={columns}
        cardName={name}
        renderCard={(item) => <PipelineCard item={item} showJob={!jobId} now={now} />}
        allowedTargets={allowedTargets}
        onMove={requestMove}
        emptyText="No applications"
      />
      <NoteDialog
        request={pendingNote}
        onCancel={() => {
          if (pendingNote) setMessage({ tone: "ok", text: `${pendingNote.name} was not moved; it stays in ${stageLabels[pendingNote.move.from]}.` });
          setPendingNote(null);
        }}
        onSubmit={(note) => {
          if (pendingNote) move.mutate({ ...pendingNote.move, note: note || undefined });
          setPendingNote(null);
        }}
      />
    </div>
  );
}

function PipelineCard({ item, showJob, now }: { item: ApplicationItem; showJob: boolean; now: Date }) {
  const days = daysSince(item.stage_changed_at, now);
  return (
    <div className="space-y-1 text-sm">
      <Link href={`/applications/${item.id}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
        {item.candidate_name}
      </Link>
      {showJob && (
        <p className="truncate text-xs text-slate-600" title={item.job_title ?? undefined}>
          {item.job_title ?? "Unknown job"}
          {item.company_name ? ` · ${item.company_name}` : ""}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-1.5 text-xs text-slate-500">
        {item.stage_changed_at && (
          <time dateTime={item.stage_changed_at} title={`In this stage since ${new Date(item.stage_changed_at).toLocaleDateString("en")}`}>
            {describeDays(days)}
          </time>
        )}
        {item.stale_since && <Badge tone="amber">{describeStale(item.stage_changed_at, now)}</Badge>}
      </p>
    </div>
  );
}
