import { getDb } from "@/db";
import { rescoreMatches } from "@/lib/matching/refresh";
import { effectiveMatchSettings } from "@/lib/matching/settings";
import { anyCandidates, jobsChangedByRun } from "@/lib/matching/store";
import { inngest } from "../client";
import { candidatesChanged, jobsChanged, jobsLoaded, matchSettingsChanged } from "../events";

// Matching stays fresh from these four events. Each rescore replaces rows in place and is
// idempotent, so a repeated event (the outbox delivers at least once) only repeats the work.

/** A sync loaded jobs: rescore the ones it inserted or rewrote against every candidate. */
export const refreshMatchesForLoadedJobs = inngest.createFunction(
  { id: "refresh-matches-loaded-jobs", retries: 3, concurrency: { key: "event.data.sourceId", limit: 1 }, triggers: [jobsLoaded] },
  async ({ event, step }) =>
    step.run("rescore-loaded-jobs", async () => {
      const db = await getDb();
      // Nobody to match them with (a new install's first syncs): the run's jobs are not even listed.
      if (!(await anyCandidates(db))) return { jobs: 0 };
      const jobIds = await jobsChangedByRun(db, event.data.runId);
      if (jobIds.length === 0) return { jobs: 0 };
      const { jobs, kept, scored, ms } = await rescoreMatches(db, { kind: "jobs", jobIds });
      return { jobs, kept, scored, ms };
    }),
);

/** Jobs were created, edited or closed by a person: rescore them (a closed one loses its new matches). */
export const refreshMatchesForChangedJobs = inngest.createFunction(
  { id: "refresh-matches-changed-jobs", retries: 3, triggers: [jobsChanged] },
  async ({ event, step }) =>
    step.run("rescore-jobs", async () => {
      const { jobs, kept, scored, ms } = await rescoreMatches(await getDb(), { kind: "jobs", jobIds: [...new Set(event.data.jobIds)] });
      return { jobs, kept, scored, ms };
    }),
);

/** Candidates were created, edited, merged or deleted: rescore them against every open job. */
export const refreshMatchesForChangedCandidates = inngest.createFunction(
  { id: "refresh-matches-changed-candidates", retries: 3, triggers: [candidatesChanged] },
  async ({ event, step }) =>
    step.run("rescore-candidates", async () => {
      const { jobs, candidates, kept, scored, ms } = await rescoreMatches(await getDb(), {
        kind: "candidates",
        candidateIds: [...new Set(event.data.candidateIds)],
      });
      return { jobs, candidates, kept, scored, ms };
    }),
);

/** Weights or the minimum changed: rescore everything in the background, one full rescore at a time. */
export const rescoreAllMatches = inngest.createFunction(
  { id: "rescore-all-matches", retries: 2, concurrency: { limit: 1 }, triggers: [matchSettingsChanged] },
  async ({ event, step }) =>
    step.run("rescore-all", async () => {
      const db = await getDb();
      // A newer version's own event will rescore; this one would only be overwritten.
      if ((await effectiveMatchSettings(db)).version > event.data.version) return { skipped: true };
      const { jobs, candidates, considered, scored, kept, ms } = await rescoreMatches(db, { kind: "all" });
      return { skipped: false, jobs, candidates, considered, scored, kept, ms };
    }),
);
