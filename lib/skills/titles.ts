import { curatedTitles } from "./curated-groups";
import { titlesData } from "./data";
import { skillMatcher } from "./recognize";
import { titleKey, titleTokens } from "./title-text";

export interface Occupation {
  code: string;
  title: string;
}

interface TitleIndex {
  byKey: Map<string, number>;
  keys: string[][];
  owners: number[];
  /** token -> indexes into keys */
  byToken: Map<string, number[]>;
  idf: Map<string, number>;
  /** Sum of each key's token weights, for the weighted Jaccard. */
  weights: Float64Array;
  cache: Map<string, Occupation | null>;
  byCode: Map<string, number>;
}

let index: TitleIndex | undefined;

function build(): TitleIndex {
  const byKey = new Map<string, number>();
  const keys: string[][] = [];
  const owners: number[] = [];
  const byToken = new Map<string, number[]>();
  titlesData.titles.forEach((joined, occupation) => {
    for (const key of joined.split("|")) {
      if (!key) continue;
      byKey.set(key, occupation);
      const tokens = [...new Set(key.split(" "))];
      const at = keys.push(tokens) - 1;
      owners.push(occupation);
      for (const token of tokens) {
        const list = byToken.get(token);
        if (list) list.push(at);
        else byToken.set(token, [at]);
      }
    }
  });
  for (const [title, code] of Object.entries(curatedTitles)) {
    const occupation = titlesData.occupations.findIndex(([c]) => c === code);
    if (occupation >= 0) byKey.set(titleKey(title), occupation);
  }
  const idf = new Map<string, number>();
  for (const [token, list] of byToken) idf.set(token, Math.log(1 + keys.length / list.length));
  const weights = new Float64Array(keys.length);
  keys.forEach((tokens, at) => {
    for (const token of tokens) weights[at] += idf.get(token) ?? 0;
  });
  const byCode = new Map(titlesData.occupations.map(([code], i) => [code, i]));
  return { byKey, keys, owners, byToken, idf, weights, cache: new Map(), byCode };
}

function occupationAt(i: number): Occupation {
  const [code, title] = titlesData.occupations[i];
  return { code, title };
}

/**
 * The O*NET occupation a job title means ("Sr. Backend Engineer (Go), remote" -> Software Developers):
 * exact title after dropping seniority, asides and places, then the closest title by shared words.
 */
export function normaliseTitle(raw: string): Occupation | null {
  const idx = (index ??= build());
  const cached = idx.cache.get(raw);
  if (cached !== undefined) return cached;
  const found = findOccupation(idx, raw);
  // Catalogues repeat titles; the cache is bounded so a stream of odd ones cannot grow it forever.
  if (idx.cache.size >= 20_000) idx.cache.clear();
  idx.cache.set(raw, found);
  return found;
}

function findOccupation(idx: TitleIndex, raw: string): Occupation | null {
  const whole = titleTokens(raw.replace(/[\\/]/g, " "));
  // "Data Analyst / Аналитик данных", "C#/GUI Developer": each side may be a title on its own.
  const sides = raw.includes("/") || raw.includes("\\") ? raw.split(/\s*[\\/]\s*/).map((side) => titleTokens(side)) : [];
  const options = [whole, ...sides].filter((tokens) => tokens.length > 0);
  for (const tokens of options) {
    const exact = idx.byKey.get(tokens.join(" "));
    if (exact !== undefined) return occupationAt(exact);
  }
  // A technology in a title ("JavaScript Engineer", "Программист Python") says "software".
  const isTechnology = (token: string) => !occupationalSkillWords.has(token) && skillMatcher().byAnyCase.has(token);
  const queries: string[][] = [];
  for (const tokens of options) {
    queries.push(tokens);
    const generalised = [...new Set(tokens.map((token) => (isTechnology(token) ? "software" : token)))];
    if (generalised.join(" ") !== tokens.join(" ") && generalised.some((token) => token !== "software")) queries.push(generalised);
    const stripped = tokens.filter((token) => !isTechnology(token));
    // "Системный администратор Linux" is a system administrator; "JavaScript Engineer" is more than "engineer".
    const exact = stripped.length >= 2 && stripped.length < tokens.length ? idx.byKey.get(stripped.join(" ")) : undefined;
    if (exact !== undefined) return occupationAt(exact);
  }
  let best: { at: number; score: number } | null = null;
  for (const query of queries) {
    const exact = idx.byKey.get(query.join(" "));
    if (exact !== undefined) return occupationAt(exact);
    const found = closestTitle(idx, [...new Set(query)]);
    if (found && (!best || found.score > best.score)) best = found;
  }
  // Below half the weight shared, the title says too little ("Rockstar Ninja") to place it.
  return best && best.score >= 0.5 ? occupationAt(idx.owners[best.at]) : null;
}

const UNTRANSLATED_WEIGHT = 4;
// Skill words that are also what a job is ("QA Engineer", "Data Analyst"): never dropped from a title.
const occupationalSkillWords = new Set(["qa", "data", "devops", "sre", "ux", "ui", "sales", "security", "bi", "ml", "it", "hr", "seo", "marketing", "design", "network", "accounting", "statistics", "networking", "support", "auto", "automation", "test", "testing"]);

function closestTitle(idx: TitleIndex, query: string[]): { at: number; score: number } | null {
  // Weighted Jaccard against every title sharing a word, rare words counting most; words no
  // title uses ("1C", a product name) say nothing about the occupation.
  let queryWeight = 0;
  const shared = new Map<number, number>();
  for (const token of query) {
    const weight = idx.idf.get(token);
    if (weight === undefined) {
      // An untranslated Russian word may well name the job: it keeps a vague match below the bar.
      if (/^\p{Script=Cyrillic}/u.test(token)) queryWeight += UNTRANSLATED_WEIGHT;
      continue;
    }
    queryWeight += weight;
    for (const at of idx.byToken.get(token)!) shared.set(at, (shared.get(at) ?? 0) + weight);
  }
  let best: { at: number; score: number } | null = null;
  for (const [at, weight] of shared) {
    const score = weight / (queryWeight + idx.weights[at] - weight);
    if (!best || score > best.score || (score === best.score && at < best.at)) best = { at, score };
  }
  return best;
}

/** Occupations O*NET relates to this one, closest first. */
export function relatedOccupations(code: string): Occupation[] {
  const idx = (index ??= build());
  const at = idx.byCode.get(code);
  if (at === undefined) return [];
  return titlesData.occupations[at][2].map(occupationAt);
}
