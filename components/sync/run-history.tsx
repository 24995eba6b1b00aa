"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { SyncRunView } from "@/lib/sync/runs";
import { callApi, isActive, type RunsPage } from "./api";
import { RunCounts, RunStatus } from "./run-summary";

export function RunHistory({ initial, canSync }: { initial: RunsPage; canSync: boolean }) {
  const [page, setPage] = useState(1);
  const runs = useQuery({
    queryKey: ["runs", page],
    queryFn: () => callApi<RunsPage>(`/api/v1/sync/runs?page=${page}&limit=10`),
    initialData: page === 1 ? initial : undefined,
    refetchInterval: (q) => (q.state.data?.data.some(isActive) ? 1500 : 15_000),
  });
  const data = runs.data;
  return (
    <Card>
      <div className="border-b border-slate-200 px-5 py-3">
        <h2 className="text-base font-semibold">Run history</h2>
      </div>
      {!data ? (
        <p className="px-5 py-6 text-sm text-slate-500">Loading runs…</p>
      ) : data.data.length === 0 ? (
        <p className="px-5 py-6 text-sm text-slate-500">No runs yet. Press “Sync now” on a source to start one.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {data.data.map((run) => (
            <RunRow key={run.id} run={run} canSync={canSync} />
          ))}
        </ul>
      )}
      {data && data.total_pages > 1 && (
        <div className="flex items-center justify-between border-t border-slate-200 px-5 py-3 text-sm text-slate-600">
          <span>
            Page {data.page} of {data.total_pages}
          </span>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
              Previous
            </Button>
            <Button variant="secondary" disabled={page >= data.total_pages} onClick={() => setPage((p) => p + 1)}>
              Next
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}

function RunRow({ run, canSync }: { run: SyncRunView; canSync: boolean }) {
  const queryClient = useQueryClient();
  const reprocess = useMutation({
    mutationFn: () => callApi<{ run_id: string }>(`/api/v1/sync/runs/${run.id}/reprocess`, { method: "POST", body: { scope: "failed" } }),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ["runs"] }), queryClient.invalidateQueries({ queryKey: ["sources"] })]),
  });
  const duration = run.started_at && run.finished_at ? `${((Date.parse(run.finished_at) - Date.parse(run.started_at)) / 1000).toFixed(1)} s` : null;
  return (
    <li className="px-5 py-3" data-testid="run-row">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm">
          <span className="font-medium">{run.source_name}</span> <RunStatus run={run} />{" "}
          <span className="text-xs text-slate-500">
            {run.mode} · {run.trigger} · {new Date(run.created_at!).toLocaleString()}
            {duration && ` · ${duration}`}
          </span>
        </p>
        {canSync && run.counts.failed > 0 && !isActive(run) && (
          <Button variant="secondary" onClick={() => reprocess.mutate()} disabled={reprocess.isPending}>
            Reprocess failed
          </Button>
        )}
      </div>
      <div className="mt-1">
        <RunCounts run={run} />
      </div>
      {run.errors.length > 0 && (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-slate-600">{run.errors.length} error{run.errors.length === 1 ? "" : "s"}</summary>
          <ul className="mt-1 space-y-1 rounded bg-slate-50 p-2 font-mono text-[11px] text-slate-700">
            {run.errors.map((e, i) => (
              <li key={i}>
                [{e.stage}] {e.externalId ? `${e.externalId}: ` : ""}
                {e.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {reprocess.error && (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {reprocess.error.message}
        </p>
      )}
    </li>
  );
}
