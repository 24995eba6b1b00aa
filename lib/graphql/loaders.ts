import DataLoader from "dataloader";
import type { Db } from "@/db";
import { historiesFor } from "@/lib/applications/history";
import { companiesByIds, type CompanyRow } from "@/lib/companies/list";
import { jobDetailsByIds, jobSourcesByJobIds } from "@/lib/jobs/batch";
import type { MatchListItem } from "@/lib/matching/queries";
import { topMatchesFor, type TopMatchesOptions } from "@/lib/matching/top-matches";

// One set per request: a loader caches what it loaded for the request only, and gathers every
// id asked for in one tick into one query (the N+1 of "each job's company" becomes 1).

type TopMatchesKey = { id: string; options: TopMatchesOptions };

/** Batches top-match lookups; keys with the same options share one query. */
function topMatchesLoader(db: Db, side: "job" | "candidate") {
  return new DataLoader<TopMatchesKey, MatchListItem[], string>(
    async (keys) => {
      const groups = new Map<string, { options: TopMatchesOptions; ids: string[] }>();
      for (const key of keys) {
        const group = JSON.stringify(key.options);
        const entry = groups.get(group) ?? { options: key.options, ids: [] };
        entry.ids.push(key.id);
        groups.set(group, entry);
      }
      const results = new Map<string, Map<string, MatchListItem[]>>();
      await Promise.all([...groups].map(async ([group, { options, ids }]) => results.set(group, await topMatchesFor(db, side, [...new Set(ids)], options))));
      return keys.map((key) => results.get(JSON.stringify(key.options))?.get(key.id) ?? []);
    },
    { cacheKeyFn: (key) => `${key.id}:${JSON.stringify(key.options)}` },
  );
}

export function createLoaders(db: Db) {
  return {
    company: new DataLoader<string, CompanyRow | null>(async (ids) => {
      const byId = new Map((await companiesByIds(db, ids)).map((c) => [c.id, c]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    jobDetail: new DataLoader(async (ids: readonly string[]) => {
      const byId = new Map((await jobDetailsByIds(db, ids)).map((j) => [j.id, j]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    jobSources: new DataLoader(async (ids: readonly string[]) => {
      const byJob = await jobSourcesByJobIds(db, ids);
      return ids.map((id) => byJob.get(id) ?? []);
    }),
    jobMatches: topMatchesLoader(db, "job"),
    candidateMatches: topMatchesLoader(db, "candidate"),
    applicationHistory: new DataLoader(async (ids: readonly string[]) => {
      const byApplication = await historiesFor(db, ids);
      return ids.map((id) => byApplication.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
