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
  const byCode = new Map(titlesData.occupations.map(([code], i) => [code, i]));
  return { byKey, keys, owners, byToken, idf, byCode };
}

function occupationAt(i: number): Occupation {
  const [code, title] = titlesData.occupations[i];
  return { code, title };
}

/** Weighted overlap of two token sets, rare words counting most. */
function overlap(idx: TitleIndex, query: string[], candidate: string[]): number {
  let shared = 0;
  let union = 0;
  // Words no title uses ("1C", a product name) say nothing about the occupation.
  for (const token of new Set([...query, ...candidate])) {
    const weight = idx.idf.get(token) ?? 0;
    union += weight;
    if (query.includes(token) && candidate.includes(token)) shared += weight;
  }
  return union === 0 ? 0 : shared / union;
}

/**
 * The O*NET occupation a job title means ("Sr. Backend Engineer (Go), remote" -> Software Developers):
 * exact title after dropping seniority, asides and places, then the closest title by shared words.
 */
export function normaliseTitle(raw: string): Occupation | null {
  const idx = (index ??= build());
  const tokens = titleTokens(raw);
  if (tokens.length === 0) return null;
  const exact = idx.byKey.get(tokens.join(" "));
  if (exact !== undefined) return occupationAt(exact);
  const query = [...new Set(tokens)];
  const candidates = new Set<number>();
  for (const token of query) for (const at of idx.byToken.get(token) ?? []) candidates.add(at);
  let best = -1;
  let bestScore = 0;
  for (const at of [...candidates].sort((a, b) => a - b)) {
    const score = overlap(idx, query, idx.keys[at]);
    if (score > bestScore) {
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
