import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { listJobMatches, matchListQuery } from "@/lib/matching/queries";
import { matchForApi } from "@/lib/matching/serialize";
import { MatchDecisionList } from "./match-decision-list";

/** The job page's ranked candidates: the best stored matches, each with its reasons and shortlist / dismiss. */
export async function JobCandidates({ jobId, limit = 20 }: { jobId: string; limit?: number }) {
  const found = await listJobMatches(await getDb(), jobId, matchListQuery.parse({ limit }));
  return (
    <Card className="p-6">
      <h2 className="mb-1 text-base font-semibold">Ranked candidates</h2>
      <p className="mb-4 text-sm text-slate-500">
        {found.total === 0
          ? "Scored against every candidate; none reaches the minimum score yet."
          : `The best ${Math.min(limit, found.items.length)} of ${found.totalIsEstimate ? "about " : ""}${found.total} matching candidates kept for this job.`}
      </p>
      <MatchDecisionList initial={found.items.map(matchForApi)} side="candidate" empty="No candidates match this job yet" />
    </Card>
  );
}
