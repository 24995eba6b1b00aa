import { formatDate } from "@/components/jobs/format";
import type { applicationForApi } from "@/lib/applications/serialize";
import { stageLabels, type ApplicationStage } from "@/lib/applications/stages";

type History = ReturnType<typeof applicationForApi>["history"];

const label = (stage: string | null) => (stage ? (stageLabels[stage as ApplicationStage] ?? stage) : null);

/** The application's stage changes, newest first: who moved it, when, from where to where, and why. */
export function ApplicationHistory({ history }: { history: History }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">No history yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5">
      {[...history].reverse().map((h) => (
        <li key={h.id} className="relative">
          <span aria-hidden className="absolute top-1.5 -left-[25px] h-2.5 w-2.5 rounded-full bg-brand-600 ring-4 ring-white" />
          <p className="text-sm text-slate-900">
            {h.from_stage ? (
              <>
                {label(h.from_stage)} → <strong>{label(h.to_stage)}</strong>
              </>
            ) : (
              <>
                Added in <strong>{label(h.to_stage)}</strong>
              </>
            )}
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={h.at ?? undefined}>{formatDate(h.at)}</time> · {h.actor_name ?? "someone no longer here"}
          </p>
          {h.note && <p className="mt-1 rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-700">{h.note}</p>}
        </li>
      ))}
    </ol>
  );
}
