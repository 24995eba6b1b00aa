"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useActionState, useEffect, useState } from "react";
import type { ActionState } from "@/server/action";
import { Button } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { callApi, isActive, type SourceView } from "./api";
import { RunCounts, RunStatus } from "./run-summary";

const healthTone = { healthy: "green", degraded: "amber", failing: "red", syncing: "blue", never_synced: "slate" } as const;

type ToggleAction = (prev: ActionState<{ id: string; enabled: boolean }>, form: FormData) => Promise<ActionState<{ id: string; enabled: boolean }>>;

export function SourcesPanel({ initial, canSync, toggleAction }: { initial: SourceView[]; canSync: boolean; toggleAction?: ToggleAction }) {
  const sources = useQuery({
    queryKey: ["sources"],
    queryFn: async () => (await callApi<{ data: SourceView[] }>("/api/v1/sources")).data,
    initialData: initial,
    // Poll every second while a run is going so stage and counts move without a reload.
    refetchInterval: (q) => (q.state.data?.some((s) => isActive(s.last_run)) ? 1000 : 15_000),
  });
  if (sources.data.length === 0) {
    return <EmptyState title="No job sources configured">An admin adds sources with POST /api/v1/sources (Adzuna, JSearch, HeadHunter, Greenhouse, Lever, the marketplace).</EmptyState>;
  }
  return (
    <div className="grid gap-4">
      {sources.data.map((s) => (
        <SourceCard key={s.id} source={s} canSync={canSync} toggleAction={toggleAction} />
      ))}
    </div>
  );
}

function SourceCard({ source, canSync, toggleAction }: { source: SourceView; canSync: boolean; toggleAction?: ToggleAction }) {
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<"incremental" | "full">("incremental");
  const sync = useMutation({
    mutationFn: () => callApi<{ run_id: string }>("/api/v1/sync", { method: "POST", body: { source: source.id, mode } }),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ["sources"] }), queryClient.invalidateQueries({ queryKey: ["runs"] })]),
  });
  const run = source.last_run;
  const active = isActive(run);
  return (
    <Card className="p-5">
      <article aria-label={`Source ${source.name}`} className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <h2 className="text-base font-semibold">{source.name}</h2>
            <Badge tone={healthTone[source.health]}>{source.health.replace("_", " ")}</Badge>
            {!source.enabled && <Badge>disabled</Badge>}
          </div>
          <p className="mt-1 text-sm text-slate-500">
            {source.type} · {source.schedule ? <>schedule <code>{source.schedule}</code></> : "manual only"}
          </p>
          {run ? (
            <div className="mt-3 space-y-2" data-testid={`last-run-${source.name}`}>
              <p className="text-sm">
                Last run <RunStatus run={run} /> <span className="text-xs text-slate-500">{run.mode} · {run.trigger} · {run.started_at ? new Date(run.started_at).toLocaleString() : "not started"}</span>
              </p>
              <RunCounts run={run} />
            </div>
          ) : (
            <p className="mt-3 text-sm text-slate-500">Never synced.</p>
          )}
        </div>
        {canSync && (
          <div className="flex items-center gap-2">
            <label className="sr-only" htmlFor={`mode-${source.id}`}>
              Mode
            </label>
            <select id={`mode-${source.id}`} value={mode} onChange={(e) => setMode(e.target.value as "incremental" | "full")} className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm">
              <option value="incremental">Incremental</option>
              <option value="full">Full</option>
            </select>
            <Button onClick={() => sync.mutate()} disabled={active || sync.isPending || !source.enabled} aria-label={`Sync ${source.name} now`}>
              {active ? "Syncing…" : sync.isPending ? "Starting…" : "Sync now"}
            </Button>
            {toggleAction && <EnableToggle source={source} action={toggleAction} />}
          </div>
        )}
      </article>
      {sync.error && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {sync.error.message}
        </p>
      )}
    </Card>
  );
}

function EnableToggle({ source, action }: { source: SourceView; action: ToggleAction }) {
  const queryClient = useQueryClient();
  const [state, submit, pending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok) void queryClient.invalidateQueries({ queryKey: ["sources"] });
  }, [state, queryClient]);
  return (
    <form action={submit}>
      <input type="hidden" name="id" value={source.id} />
      <input type="hidden" name="enabled" value={String(!source.enabled)} />
      <Button variant="secondary" type="submit" disabled={pending} aria-label={`${source.enabled ? "Disable" : "Enable"} ${source.name}`}>
        {source.enabled ? "Disable" : "Enable"}
      </Button>
    </form>
  );
}
