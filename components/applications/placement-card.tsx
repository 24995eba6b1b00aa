import { formatDate } from "@/components/jobs/format";
import { Badge } from "@/components/ui/card";
import type { placementForApi } from "@/lib/applications/serialize";

type Placement = ReturnType<typeof placementForApi>;

const reportTone = { reported: "green", pending: "amber", not_applicable: "slate" } as const;
const reportText = { reported: "Reported to the marketplace", pending: "Waiting for the marketplace", not_applicable: "Not a marketplace job" } as const;

function money(amount: number | null, currency: string | null): string {
  if (amount === null) return "—";
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currency ?? "USD", maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount} ${currency ?? ""}`;
  }
}

/** A hire's placement and the state of its report to the marketplace (attempts and last error while pending). */
export function PlacementDetails({ placement: p }: { placement: Placement }) {
  const state = p.report_state as keyof typeof reportTone;
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid grid-cols-2 gap-3">
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Start date</dt>
          <dd>{formatDate(p.start_date)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Salary</dt>
          <dd>{money(p.salary, p.salary_currency)}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Source</dt>
          <dd>{p.source ?? "—"}</dd>
        </div>
        <div>
          <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">Report</dt>
          <dd>
            <Badge tone={reportTone[state] ?? "slate"}>{reportText[state] ?? p.report_state}</Badge>
          </dd>
        </div>
      </dl>
      {p.report_state !== "not_applicable" && (
        <p className="text-xs text-slate-500">
          {p.report_attempts} attempt{p.report_attempts === 1 ? "" : "s"}
          {p.reported_at && ` · accepted ${formatDate(p.reported_at)}`}
        </p>
      )}
      {p.report_state === "pending" && p.report_error && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900">
          Last error: {p.report_error}. It is retried automatically.
        </p>
      )}
    </div>
  );
}
