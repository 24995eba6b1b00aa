import type { KeepLimits } from "@/lib/matching/keep";

/** What a rescore stores of the matches above the minimum (MATCH_KEEP_PER_*, lib/matching/keep.ts). */
export function KeptMatchesNote({ keep }: { keep: KeepLimits }) {
  return (
    <p className="mt-4 text-xs text-slate-500">
      {keep.perJob > 0 && keep.perCandidate > 0
        ? `Of the matches at or above the minimum, each job keeps its best ${keep.perJob} candidates and each candidate their best ${keep.perCandidate} jobs`
        : "Every match at or above the minimum is kept"}{" "}
      (server settings <code>MATCH_KEEP_PER_JOB</code>, <code>MATCH_KEEP_PER_CANDIDATE</code>).
    </p>
  );
}
