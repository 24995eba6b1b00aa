import { stageLabels, type ApplicationStage } from "@/lib/applications/stages";

type HistoryEntry = { id: string; fromStage: ApplicationStage | null; toStage: ApplicationStage; note: string | null; actorName: string | null; createdAt: Date };

const when = (d: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(d) + " UTC";

/** An application's history, newest first: each stage change with who made it and the note. */
export function ApplicationTimeline({ history }: { history: HistoryEntry[] }) {
  if (history.length === 0) return <p className="text-sm text-slate-500">No changes yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4" aria-label="Timeline">
      {[...history].reverse().map((h) => (
        <li key={h.id} className="text-sm">
          <span aria-hidden="true" className="absolute -left-1.5 mt-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" />
          <p className="font-medium text-slate-900">{h.fromStage ? `${stageLabels[h.fromStage]} → ${stageLabels[h.toStage]}` : `Added as ${stageLabels[h.toStage]}`}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={h.createdAt.toISOString()}>{when(h.createdAt)}</time>
            {h.actorName && ` · ${h.actorName}`}
          </p>
          {h.note && <p className="mt-1 whitespace-pre-line text-slate-600">{h.note}</p>}
        </li>
      ))}
    </ol>
  );
}
