import { Badge, Card, EmptyState } from "@/components/ui/card";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { listCandidateMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi, type MatchView } from "@/lib/matching/serialize";
import { MatchCard } from "./match-card";
import { MatchDecisionList } from "./match-decision-list";

/** Skills the matched jobs ask for that the candidate lacks or holds below the wanted level, most asked first. */
function skillsGap(matches: MatchView[]): { name: string; missing: number; below: number }[] {
  const gap = new Map<string, { name: string; missing: number; below: number }>();
  const entry = (name: string) => gap.get(name) ?? gap.set(name, { name, missing: 0, below: 0 }).get(name)!;
  for (const m of matches) {
    for (const name of m.skills.missing) entry(name).missing++;
    for (const p of m.skills.partial) entry(p.name).below++;
  }
  return [...gap.values()].sort((a, b) => b.missing + b.below - (a.missing + a.below) || a.name.localeCompare(b.name)).slice(0, 12);
}

/**
 * A candidate's matched jobs with reasons, and their skills gap. For /candidates/[id]
 * (`<section id="matches">`) and the seeker's portal (readOnly: no shortlist / dismiss).
 */
export async function CandidateMatches({ candidateId, actor, readOnly = false, limit = 10 }: { candidateId: string; actor: Pick<User, "id" | "role">; readOnly?: boolean; limit?: number }) {
  const found = await listCandidateMatches(await getDb(), actor, candidateId, matchListQuery.parse({ limit }));
  const views = found.items.map(matchForApi);
  const gap = skillsGap(views);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="p-6 lg:col-span-2">
        <h2 className="mb-1 text-base font-semibold">{readOnly ? "Recommended jobs" : "Matched jobs"}</h2>
        <p className="mb-4 text-sm text-slate-500">
          {found.total === 0 ? "No open job reaches the minimum score yet." : `The best ${views.length} of ${found.total} matching open jobs kept for this candidate, with the reasons for each score.`}
        </p>
        {readOnly ? (
          views.length === 0 ? (
            <EmptyState title="No recommended jobs yet">Add skills, experience and where you want to work to your profile: matches update within a minute.</EmptyState>
          ) : (
            <div className="space-y-3">
              {views.map((m) => (
                <MatchCard key={m.id} match={m} side="job" />
              ))}
            </div>
          )
        ) : (
          <MatchDecisionList initial={views} side="job" empty="No matched jobs yet" />
        )}
      </Card>
      <Card className="p-6">
        <h2 className="mb-1 text-base font-semibold">Skills gap</h2>
        <p className="mb-4 text-sm text-slate-500">What the matched jobs ask for that is missing or below the wanted level.</p>
        {gap.length === 0 ? (
          <p className="text-sm text-slate-500">{views.length === 0 ? "Appears once there are matched jobs." : "Nothing missing across these jobs."}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {gap.map((g) => (
              <li key={g.name} className="flex items-center justify-between gap-2">
                <span className="font-medium text-slate-800">{g.name}</span>
                <span className="flex gap-1">
                  {g.missing > 0 && <Badge tone="red">missing in {g.missing}</Badge>}
                  {g.below > 0 && <Badge tone="amber">below level in {g.below}</Badge>}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
