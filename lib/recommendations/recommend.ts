import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { findVisibleCandidate } from "@/lib/candidates/access";
import { normaliseTitle } from "@/lib/skills";
import { collaborativeScores, popularRecommendations } from "./collaborative";
import { contentRecommendations } from "./content";
import { hybridRank } from "./hybrid";
import { coOccurrencesFor, contentPool, dismissedJobIds, jobFacts, jobPopularity, occupationOf, ownInteractions, popularJobs, type JobFacts } from "./signals";
import type { Algorithm, LabelledJob, RecommenderResult, Scored } from "./types";

// "Recommended for you": one verb for the API and the portal page. Computed on read from the
// current matches, applications and dismissals (scripts/bench/recommendations.ts measures it),
// so it follows each sync's rescoring and every save or dismissal without a cache to invalidate.

export type RecommendationQuery = { algorithm: Algorithm; limit: number; candidateId?: string };
export type Recommendation = Scored & { job: JobFacts; sources: Exclude<Algorithm, "hybrid">[] };
export type Recommendations = { candidateId: string | null; algorithm: Algorithm; coldStart: boolean; message: string | null; items: Recommendation[] };

export const noProfileMessage = "Create your profile (skills, experience, where you want to work) to get recommended jobs.";

/** The profile recommendations are for: the given one if the actor may see it (404 otherwise), else the actor's own, else null. */
export async function recommendationProfile(db: Db, actor: User, candidateId?: string): Promise<{ id: string; headline: string | null } | null> {
  if (candidateId) return findVisibleCandidate(db, actor, candidateId);
  const [own] = await db.select({ id: candidates.id, headline: candidates.headline }).from(candidates).where(eq(candidates.userId, actor.id));
  return own ?? null;
}

const labelOf = (job: JobFacts) => (job.companyName ? `${job.title} at ${job.companyName}` : job.title);
const labelled = (job: JobFacts): LabelledJob => ({ id: job.id, companyId: job.companyId, occupationCode: occupationOf(job), skills: job.skills, label: labelOf(job) });

/** Job facts by id, fetching only the ones not read yet. */
function factsCache(db: Db) {
  const known = new Map<string, JobFacts>();
  return {
    known,
    async load(ids: Iterable<string>) {
      const missing = [...new Set(ids)].filter((id) => !known.has(id));
      for (const row of await jobFacts(db, missing)) known.set(row.id, row);
    },
  };
}

export async function recommendJobs(db: Db, actor: User, query: RecommendationQuery): Promise<Recommendations> {
  const { algorithm, limit } = query;
  const profile = await recommendationProfile(db, actor, query.candidateId);
  if (!profile) {
    const message = can(actor.role, "candidates:manage") ? "Pass candidate_id to see the recommendations of one of your candidates." : noProfileMessage;
    return { candidateId: null, algorithm, coldStart: false, message, items: [] };
  }
  const [own, dismissed] = await Promise.all([ownInteractions(db, profile.id), dismissedJobIds(db, profile.id)]);
  const exclude = new Set([...own.map((o) => o.jobId), ...dismissed]);
  // Each list is longer than the answer so the hybrid has room to re-rank.
  const pool = algorithm === "hybrid" ? Math.max(limit * 3, 60) : limit;
  const facts = factsCache(db);
  await facts.load([...exclude]);
  const label = (id: string) => {
    const job = facts.known.get(id);
    return job ? labelOf(job) : "a job";
  };

  const content = algorithm === "collaborative" ? null : contentRecommendations(await contentPool(db, profile.id, pool + exclude.size), exclude, pool);
  let collaborative: RecommenderResult | null = null;
  if (algorithm !== "content") {
    const headlineOccupation = profile.headline ? normaliseTitle(profile.headline) : null;
    const fallback = async (why: "no_activity" | "no_overlap") => popularRecommendations(await popularJobs(db, profile.id), headlineOccupation, exclude, pool, why);
    if (own.length === 0) collaborative = await fallback("no_activity");
    else {
      const pairs = await coOccurrencesFor(db, profile.id, [...exclude]);
      const popularity = await jobPopularity(db, profile.id, [...new Set([...own.map((o) => o.jobId), ...pairs.map((p) => p.jobId)])]);
      const items = collaborativeScores({ own, pairs, popularity, exclude, label }, pool);
      collaborative = items.length > 0 ? { items, coldStart: false, message: null } : await fallback("no_overlap");
    }
  }

  let ranked: Scored[];
  if (algorithm === "hybrid") {
    await facts.load([...content!.items, ...collaborative!.items].map((s) => s.jobId));
    const known = (ids: string[]) => ids.flatMap((id) => (facts.known.has(id) ? [labelled(facts.known.get(id)!)] : []));
    ranked = hybridRank(
      {
        content: content!.items,
        collaborative: collaborative!.items,
        jobs: new Map(known([...facts.known.keys()]).map((j) => [j.id, j])),
        liked: known(own.filter((o) => o.stage !== "withdrawn").map((o) => o.jobId)),
        dismissed: known(dismissed),
      },
      limit,
    );
  } else ranked = (algorithm === "content" ? content! : collaborative!).items.slice(0, limit);

  await facts.load(ranked.map((r) => r.jobId));
  const inContent = new Set(content?.items.map((s) => s.jobId));
  const inCollaborative = new Set(collaborative?.items.map((s) => s.jobId));
  const items = ranked.flatMap((r) => {
    const job = facts.known.get(r.jobId);
    if (!job) return [];
    const sources = [...(inContent.has(r.jobId) ? (["content"] as const) : []), ...(inCollaborative.has(r.jobId) ? (["collaborative"] as const) : [])];
    return [{ ...r, job, sources }];
  });
  return { candidateId: profile.id, algorithm, coldStart: collaborative?.coldStart ?? false, message: messageFor(algorithm, items.length, content, collaborative), items };
}

function messageFor(algorithm: Algorithm, count: number, content: RecommenderResult | null, collaborative: RecommenderResult | null): string | null {
  if (algorithm === "content") return content!.message;
  if (algorithm === "collaborative") return collaborative!.message;
  if (count === 0) return content!.message ?? collaborative!.message;
  return collaborative!.coldStart ? "Save or apply to jobs you like: these recommendations learn from what you go for and what you dismiss." : null;
}
