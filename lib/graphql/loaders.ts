import DataLoader from "dataloader";
import type { Db } from "@/db";
import { historiesFor } from "@/lib/applications/history";
import { stampedCache } from "@/lib/catalogue/cache";
import { companiesByIds, type CompanyRow } from "@/lib/companies/list";
import { jobDetailsByIds, jobSourcesByJobIds } from "@/lib/jobs/batch";
import type { MatchListItem } from "@/lib/matching/queries";
import { topMatchesFor, type TopMatchesOptions } from "@/lib/matching/top-matches";

// One set per request: a loader caches what it loaded for the request only, and gathers every
// id asked for in one tick into one query (the N+1 of "each job's company" becomes 1).
// Companies and top matches, read by most queries of the catalogue, are also remembered across
// requests while the catalogue stamp of what they read holds (lib/catalogue/cache.ts): a page of
// 50 jobs with companies and matches then costs no query for them while nothing changed.

const companyRows = stampedCache<CompanyRow | null>("graphql_companies", ["companies"], 10_000);
// Lists of up to `rememberedTopMatches` matches, 2,500 of them: a few tens of MB at most.
const topMatchLists = stampedCache<MatchListItem[]>("graphql_top_matches", ["matches", "jobs", "candidates", "companies"], 2_500);
const rememberedTopMatches = 10;

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
      await Promise.all(
        [...groups].map(async ([group, { options, ids }]) => {
          // Longer lists are read every time: they are rare, and would weigh on the process.
          if (options.limit > rememberedTopMatches) return results.set(group, await topMatchesFor(db, side, [...new Set(ids)], options));
          const cached = await topMatchLists.getMany(db, ids.map((id) => `${side}:${group}:${id}`), async (missing) => {
            const lists = await topMatchesFor(db, side, missing.map((key) => key.slice(key.lastIndexOf(":") + 1)), options);
            return new Map([...lists].map(([id, list]) => [`${side}:${group}:${id}`, list]));
          });
          results.set(group, new Map(ids.map((id) => [id, cached.get(`${side}:${group}:${id}`) ?? []])));
        }),
      );
      return keys.map((key) => results.get(JSON.stringify(key.options))?.get(key.id) ?? []);
    },
    { cacheKeyFn: (key) => `${key.id}:${JSON.stringify(key.options)}` },
  );
}

export function createLoaders(db: Db) {
  return {
    company: new DataLoader<string, CompanyRow | null>(async (ids) => {
      const byId = await companyRows.getMany(db, ids, async (missing) => {
        const rows = new Map((await companiesByIds(db, missing)).map((c) => [c.id, c]));
        return new Map(missing.map((id) => [id, rows.get(id) ?? null]));
      });
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
