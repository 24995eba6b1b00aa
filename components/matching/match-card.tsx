import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/card";
import type { MatchView } from "@/lib/matching/serialize";

const partNames = [
  ["skills", "Skills"],
  ["experience", "Experience"],
  ["salary", "Salary"],
  ["location", "Location"],
] as const;

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** Score, the four parts as bars, the skills by kind and the reasons: everything a match says about itself. */
export function MatchExplanationView({ match }: { match: Pick<MatchView, "score" | "parts" | "skills" | "reasons"> }) {
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        {partNames.map(([key, label]) => (
          <div key={key}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <span className="h-1.5 w-16 overflow-hidden rounded bg-slate-100" aria-hidden>
                <span className="block h-full bg-brand-600" style={{ width: percent(match.parts[key]) }} />
              </span>
              {percent(match.parts[key])}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-1.5 text-xs">
        {match.skills.matching.map((s) => (
          <Badge key={`m-${s}`} tone="green">
            {s}
          </Badge>
        ))}
        {match.skills.partial.map((p) => (
          <Badge key={`p-${p.name}`} tone="amber">
            {p.name} ({p.has}, {p.wants} wanted)
          </Badge>
        ))}
        {match.skills.transferable.map((t) => (
          <Badge key={`t-${t.name}`} tone="blue">
            {t.name} via {t.via}
          </Badge>
        ))}
        {match.skills.missing.map((s) => (
          <Badge key={`x-${s}`} tone="red">
            no {s}
          </Badge>
        ))}
      </div>
      <ul className="list-disc space-y-0.5 pl-5 text-sm text-slate-600">
        {match.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}

export function ScoreBadge({ score }: { score: number }) {
  const tone = score >= 0.85 ? "green" : score >= 0.7 ? "blue" : "amber";
  return (
    <span aria-label={`Score ${percent(score)}`}>
      <Badge tone={tone}>{percent(score)}</Badge>
    </span>
  );
}

/** One stored match; `side` says which end to name (the job for a candidate, the candidate for a job). */
export function MatchCard({ match, side, children }: { match: MatchView; side: "job" | "candidate" | "both"; children?: ReactNode }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" aria-label={`Match ${match.candidate.full_name} for ${match.job.title}`}>
      <header className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          {side !== "candidate" && (
            <p className="font-medium text-slate-900">
              <Link href={`/jobs/${match.job.id}`} className="hover:underline">
                {match.job.title}
              </Link>
              <span className="font-normal text-slate-500">
                {match.job.company ? ` · ${match.job.company}` : ""}
                {match.job.remote ? " · Remote" : match.job.location ? ` · ${match.job.location}` : ""}
              </span>
            </p>
          )}
          {side !== "job" && (
            <p className={side === "both" ? "text-sm text-slate-700" : "font-medium text-slate-900"}>
              <Link href={`/candidates/${match.candidate.id}`} className="hover:underline">
                {match.candidate.full_name}
              </Link>
              <span className="font-normal text-slate-500">
                {match.candidate.title ? ` · ${match.candidate.title}` : ""}
                {match.candidate.location ? ` · ${match.candidate.location}` : ""}
              </span>
            </p>
          )}
        </div>
        <div className="flex items-center gap-2">
          {match.status !== "new" && <Badge tone={match.status === "shortlisted" ? "green" : "slate"}>{match.status}</Badge>}
          <ScoreBadge score={match.score} />
        </div>
      </header>
      <MatchExplanationView match={match} />
      {children && <footer className="mt-3 flex flex-wrap gap-2">{children}</footer>}
    </article>
  );
}
