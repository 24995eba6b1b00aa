import { Badge } from "@/components/ui/card";
import type { SyncRunView } from "@/lib/sync/runs";

const statusTone = { queued: "slate", running: "blue", succeeded: "green", partial: "amber", failed: "red" } as const;

export function RunStatus({ run }: { run: SyncRunView }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <Badge tone={statusTone[run.status]}>{run.status}</Badge>
      {(run.status === "running" || run.status === "queued") && <span className="text-xs text-slate-500">stage: {run.stage}</span>}
    </span>
  );
}

const countLabels = ["fetched", "transformed", "failed", "inserted", "updated", "duplicates", "expired"] as const;

export function RunCounts({ run }: { run: SyncRunView }) {
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600" aria-label="Run counts">
      {countLabels.map((k) => (
        <div key={k} className="flex gap-1">
          <dt>{k}</dt>
          <dd className="font-semibold tabular-nums text-slate-800" data-count={k}>
            {run.counts[k].toLocaleString("en")}
          </dd>
        </div>
      ))}
    </dl>
  );
}
