import { curatedTitles } from "./curated-groups";
import { titlesData } from "./data";
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
  const tokens = titleTokens(raw);
  if (tokens.length === 0) return null;
  const key = tokens.join(" ");
  const cached = idx.cache.get(key);
  if (cached !== undefined) return cached;
  const found = lookupTitle(idx, key, [...new Set(tokens)]);
  // Catalogues repeat titles; the cache is bounded so a stream of odd ones cannot grow it forever.
  if (idx.cache.size >= 20_000) idx.cache.clear();
  idx.cache.set(key, found);
  return found;
}

function lookupTitle(idx: TitleIndex, key: string, query: string[]): Occupation | null {
  const exact = idx.byKey.get(key);
  if (exact !== undefined) return occupationAt(exact);
  // Weighted Jaccard against every title sharing a word, rare words counting most; words no
  // title uses ("1C", a product name) say nothing about the occupation.
  let queryWeight = 0;
  const shared = new Map<number, number>();
  for (const token of query) {
    const weight = idx.idf.get(token);
    if (weight === undefined) continue;
    queryWeight += weight;
    for (const at of idx.byToken.get(token)!) shared.set(at, (shared.get(at) ?? 0) + weight);
  }
  let best = -1;
  let bestScore = 0;
  for (const [at, weight] of shared) {
    const score = weight / (queryWeight + idx.weights[at] - weight);
    if (score > bestScore || (score === bestScore && at < best)) {
      best = at;
      bestScore = score;
    }
  }
  // Below half the weight shared, the title says too little ("Rockstar Ninja") to place it.
  return best >= 0 && bestScore >= 0.5 ? occupationAt(idx.owners[best]) : null;
}

/** Occupations O*NET relates to this one, closest first. */
export function relatedOccupations(code: string): Occupation[] {
  const idx = (index ??= build());
  const at = idx.byCode.get(code);
  if (at === undefined) return [];
  return titlesData.occupations[at][2].map(occupationAt);
}
