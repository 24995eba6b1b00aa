import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { candidates, candidateSourceLinks, jobSources } from "@/db/schema";
import { openTestDatabase } from "@/tests/db";
import type { CanonicalCandidate } from "./canonical";
import { loadCandidates } from "./load-candidates";

let handle: DatabaseHandle;
let sourceId: string;
const now = new Date("2026-11-01T12:00:00Z");

beforeAll(async () => {
  handle = await openTestDatabase();
  [{ id: sourceId }] = await handle.db.insert(jobSources).values({ type: "lamoda", name: "lamoda", config: {} }).returning();
});
afterAll(() => handle.close());

function person(externalId: string, over: Partial<CanonicalCandidate> = {}): { externalId: string; candidate: CanonicalCandidate } {
  const candidate = { externalId, fullName: `Person ${externalId}`, email: `${externalId}@mail.example`, headline: "Picker", location: "Moscow", countryCode: "RU", skills: ["Forklift"], yearsExperience: 3, sourceUpdatedAt: null, ...over };
  return { externalId, candidate };
}
const load = (items: ReturnType<typeof person>[], source = sourceId) => loadCandidates(handle.db, { sourceId: source, runId: null, now }, items);

describe("loadCandidates", () => {
  it("inserts new candidates, merges the same e-mail within a batch, and counts repeats", async () => {
    const a = person("c1");
    const sameMail = person("c2", { email: "C1@mail.example" });
    expect(await load([a, sameMail, a])).toEqual({ inserted: 1, updated: 0, duplicates: 2, unchanged: 0 });
    const links = await handle.db.select().from(candidateSourceLinks).where(eq(candidateSourceLinks.sourceId, sourceId));
    expect(links).toHaveLength(2);
    expect(new Set(links.map((l) => l.candidateId)).size).toBe(1);
  });

  it("leaves an unchanged candidate alone and rewrites a changed one", async () => {
    expect(await load([person("c1")])).toMatchObject({ unchanged: 1, updated: 0, inserted: 0 });
    expect(await load([person("c1", { headline: "Shift lead", skills: ["Forklift", "Excel"] })])).toMatchObject({ updated: 1 });
    const [row] = await handle.db.select().from(candidates).where(eq(candidates.email, "c1@mail.example"));
    expect(row).toMatchObject({ headline: "Shift lead", skills: ["Forklift", "Excel"], updatedAt: now });
  });

  it("writes candidates and their links together or not at all", async () => {
    await expect(load([person("c9")], "00000000-0000-4000-8000-0000000000ff")).rejects.toThrow();
    expect(await handle.db.select().from(candidates).where(eq(candidates.email, "c9@mail.example"))).toEqual([]);
  });
});
