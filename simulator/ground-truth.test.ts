import { describe, expect, it } from "vitest";
import type { SourceName } from "./catalog/channels";
import type { GroundTruthEntry } from "./records";
import { createSimulator } from "./simulator";
import { adzunaKeys, hhHeaders, rapidApiHeaders, testVolumes } from "./test-support";

type Json = Record<string, unknown>;

const simulator = createSimulator({ volumes: testVolumes });

function byWorldJob(entries: Iterable<GroundTruthEntry>): Map<string, GroundTruthEntry[]> {
  const groups = new Map<string, GroundTruthEntry[]>();
  for (const entry of entries) groups.set(entry.worldJobId, [...(groups.get(entry.worldJobId) ?? []), entry]);
  return groups;
}

async function fetchRecord(entry: GroundTruthEntry): Promise<Json> {
  const get = async (path: string, headers: Record<string, string> = {}) => (await simulator.handle(new Request(`http://sim${path}`, { headers }))).json() as Promise<Json>;
  if (entry.source === "hh") return get(`/hh/vacancies/${entry.externalId}`, hhHeaders);
  if (entry.source === "greenhouse") return get(`/greenhouse/v1/boards/${entry.partition}/jobs/${entry.externalId}`);
  if (entry.source === "lever") return get(`/lever/v0/postings/${entry.partition}/${entry.externalId}`);
  if (entry.source === "jsearch") return ((await get(`/jsearch/job-details?job_id=${encodeURIComponent(entry.externalId)}`, rapidApiHeaders)).data as Json[])[0];
  throw new Error(`no detail endpoint for ${entry.source}`);
}

const titleOf: Partial<Record<SourceName, (record: Json) => string>> = {
  hh: (r) => String(r.name),
  greenhouse: (r) => String(r.title),
  lever: (r) => String(r.text),
  jsearch: (r) => String(r.job_title),
};

const canonicalTitle = (title: string) => title.toLowerCase().replace(/^sr\. /, "senior ").replace(/^jr\. /, "junior ").replace(/ \(m\/w\/d\)| - remote/g, "");

describe("ground truth", () => {
  const entries = [...simulator.groundTruthEntries()];
  const groups = byWorldJob(entries);

  it("labels every record once, and resolves each id back to the same entry", () => {
    const total = Object.values(testVolumes).reduce((sum, volume) => sum + volume, 0);
    expect(entries).toHaveLength(total);
    for (const entry of entries.filter((_, i) => i % 17 === 0)) expect(simulator.groundTruth(entry.source, entry.externalId)).toEqual(entry);
    expect(simulator.groundTruth("adzuna", "12")).toBeUndefined();
    expect(simulator.groundTruth("lever", "not-an-id")).toBeUndefined();
  });

  it("has cross-source duplicates in groups of two or three, within one country", () => {
    const crossSource = [...groups.values()].filter((group) => new Set(group.map((e) => e.source)).size > 1);
    expect(crossSource.length).toBeGreaterThan(10);
    for (const group of crossSource) expect(new Set(group.map((e) => e.source)).size).toBeLessThanOrEqual(3);
    const pairs = new Set(crossSource.map((group) => [...new Set(group.map((e) => e.source))].sort().join("+")));
    expect(pairs.has("adzuna+jsearch")).toBe(true);
    expect(pairs.has("hh+lamoda")).toBe(true);
  });

  it("has within-source reposts under new ids", () => {
    const reposts = [...groups.values()].filter((group) => group.some((e) => e.isRepost) && group.length > 1);
    expect(reposts.length).toBeGreaterThan(3);
    for (const group of reposts) expect(new Set(group.map((e) => e.externalId)).size).toBe(group.length);
  });

  it("a labelled duplicate is the same job with varied fields", async () => {
    const detailSources = new Set<SourceName>(["hh", "greenhouse", "lever", "jsearch"]);
    const candidates = [...groups.values()].filter((group) => group.filter((e) => detailSources.has(e.source)).length >= 2);
    expect(candidates.length).toBeGreaterThan(3);
    let variedTitles = 0;
    for (const group of candidates) {
      const [a, b] = group.filter((e) => detailSources.has(e.source));
      const [first, second] = await Promise.all([fetchRecord(a), fetchRecord(b)]);
      const titles = [titleOf[a.source]?.(first) ?? "", titleOf[b.source]?.(second) ?? ""];
      expect(canonicalTitle(titles[0])).toBe(canonicalTitle(titles[1]));
      if (titles[0] !== titles[1]) variedTitles++;
    }
    expect(variedTitles).toBeGreaterThan(0);
  });

  it("Adzuna's listed ids are the labelled ones", async () => {
    const response = await simulator.handle(new Request(`http://sim/adzuna/v1/api/jobs/de/search/1?${adzunaKeys}&results_per_page=50`));
    const { results } = (await response.json()) as { results: Json[] };
    for (const result of results) expect(simulator.groundTruth("adzuna", String(result.id))?.partition).toBe("de");
  });
});
