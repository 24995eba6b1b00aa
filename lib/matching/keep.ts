
// Which pairs above the minimum score a rescore stores. Stored: each job's best `perJob` pairs by
// score (the order of a job's candidates) and each candidate's best `perCandidate` by ranking key
// (the order of a candidate's jobs, lib/matching/rank.ts), both among the pairs this rescore
// scored. A pair in a person's true top list is in the top list of any rescore that scores it (a
// rescore sees a subset of all pairs), so every job's and every candidate's best are always
// stored; a rescore of a few candidates or jobs may store more. 0 means no limit.

export type KeepLimits = { perJob: number; perCandidate: number };

/** The pairs of one job (best first, as the engine returns them) stored for the job's own list. */
export function keptForJob<T>(found: readonly T[], limits: KeepLimits): readonly T[] {
  // With no limit on either side, the union of the two lists is every pair.
  const limited = limits.perJob > 0 && limits.perCandidate > 0;
  return limited && found.length > limits.perJob ? found.slice(0, limits.perJob) : found;
}

type Entry = { rank: number; jobId: string; stored: boolean };

const byRank = (a: Entry, b: Entry) => b.rank - a.rank || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0);

/**
 * Each candidate's best pairs by ranking key among everything offered, remembering which were
 * already stored for their job's list; what is left over is stored at the end. Holds at most
 * twice the limit per candidate, ids and ranks only.
 */
export class CandidateShortlists {
  private readonly lists = new Map<string, Entry[]>();

  private readonly limit: number;

  /**
   * `floors`: for a rescore of some jobs, each candidate's worst ranking key among their best
   * stored pairs of other jobs (`limit` of them): a pair below it cannot be in their best.
   */
  constructor(
    limits: KeepLimits,
    private readonly floors: ReadonlyMap<string, number> = new Map(),
  ) {
    // Without a limit on either side keptForJob stored every pair already.
    this.limit = limits.perJob > 0 && limits.perCandidate > 0 ? limits.perCandidate : 0;
  }

  get active(): boolean {
    return this.limit > 0;
  }

  /** A job's pairs above the minimum (best by score first, as the engine returns them); the first `storedCount` are stored for the job. */
  offer(found: readonly { jobId: string; candidateId: string; rank: number }[], storedCount: number): void {
    if (!this.active) return;
    for (let i = 0; i < found.length; i++) {
      const pair = found[i];
      let list = this.lists.get(pair.candidateId);
      if (!list) this.lists.set(pair.candidateId, (list = []));
      list.push({ rank: pair.rank, jobId: pair.jobId, stored: i < storedCount });
      if (list.length >= 2 * this.limit) list.sort(byRank).length = this.limit;
    }
  }

  /** Pairs in a candidate's best that their job's list did not store, in candidate order. */
  leftOver(): { jobId: string; candidateId: string }[] {
    const out: { jobId: string; candidateId: string }[] = [];
    for (const [candidateId, list] of [...this.lists].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      list.sort(byRank);
      const floor = this.floors.get(candidateId) ?? -Infinity;
      for (const entry of list.slice(0, this.limit)) if (!entry.stored && entry.rank >= floor) out.push({ jobId: entry.jobId, candidateId });
    }
    return out;
  }
}
