import { contextAfter, contextBefore } from "./curated-groups";
import { taxonomyData } from "./data";
import { scanTokens, tokenize } from "./tokenize";

interface Matcher {
  byLower: Map<string, number>;
  byExact: Map<string, number>;
  /** Every alias, lower-cased, for names a user lists as skills ("golang", "go", "REACTJS"). */
  byAnyCase: Map<string, number>;
  /** First words of multi-word aliases, with the most words such an alias has: only these start a phrase lookup. */
  phraseStarts: Map<string, number>;
  contextForms: Set<string>;
  names: string[];
}

/** A skill named in a text: its id (as skillId gives) and where it is (character offsets). */
export interface SkillMention {
  id: number;
  start: number;
  end: number;
}

let matcher: Matcher | undefined;

function compile(): Matcher {
  const m: Matcher = {
    byLower: new Map(),
    byExact: new Map(),
    byAnyCase: new Map(),
    phraseStarts: new Map(),
    contextForms: new Set(taxonomyData.contextForms),
    names: taxonomyData.skills.map(([name]) => name),
  };
  const add = (map: Map<string, number>, alias: string, skill: number) => {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    const first = tokens[0].toLowerCase();
    if (tokens.length > 1) m.phraseStarts.set(first, Math.max(m.phraseStarts.get(first) ?? 1, tokens.length));
    const key = tokens.join(" ");
    if (!map.has(key)) map.set(key, skill);
    const anyCase = key.toLowerCase();
    if (!m.byAnyCase.has(anyCase)) m.byAnyCase.set(anyCase, skill);
  };
  taxonomyData.skills.forEach(([name, lower, exact], skill) => {
    for (const alias of lower.split("|")) if (alias) add(m.byLower, alias, skill);
    for (const alias of exact.split("|")) if (alias) add(m.byExact, alias, skill);
    const nameKey = tokenize(name.toLowerCase()).join(" ");
    if (!m.byAnyCase.has(nameKey)) m.byAnyCase.set(nameKey, skill);
  });
  return m;
}

export function skillMatcher(): Matcher {
  return (matcher ??= compile());
}

const before = new Set(contextBefore);
const after = new Set(contextAfter);
const listWords = new Set(["and", "or", "и", "или", "&", "plus"]);
// Between a word and its context: spaces, brackets, a colon or a dash; never a sentence end.
const closeSeparator = /^[\s()\[\]:\-–—"']*$/;
// Between two items of a list: commas, slashes, bullets and line breaks, but no full stop.
const listSeparator = /^[\s,;/&+|()•·*\-–—:]*$/;

interface Found {
  skill: number;
  start: number;
  end: number;
  first: number;
  last: number;
  confirmed: boolean;
}

/** Every skill mention in the text, in order; everyday words count only with context ("Go developer"). */
export function findSkillMentions(text: string): SkillMention[] {
  const m = skillMatcher();
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const lower: string[] = [];
  const lowerText = text.toLowerCase();
  // Lower-casing can change a string's length ("İ"); then each token is lower-cased alone.
  const sameLength = lowerText.length === text.length;
  scanTokens(text, (start, end) => {
    const token = text.slice(start, end);
    tokens.push(token);
    starts.push(start);
    ends.push(end);
    lower.push(sameLength ? lowerText.slice(start, end) : token.toLowerCase());
  });
  const found: Found[] = [];
  const lookup = (i: number, length: number): [number, boolean] | undefined => {
    const lowerKey = length === 1 ? lower[i] : lower.slice(i, i + length).join(" ");
    const skill = m.byLower.get(lowerKey);
    if (skill !== undefined) return [skill, true];
    const exact = m.byExact.get(length === 1 ? tokens[i] : tokens.slice(i, i + length).join(" "));
    if (exact === undefined) return undefined;
    return [exact, length > 1 || !m.contextForms.has(lowerKey)];
  };
  for (let i = 0; i < tokens.length; ) {
    let consumed = 0;
    const longest = Math.min(m.phraseStarts.get(lower[i]) ?? 1, tokens.length - i);
    for (let length = longest; length >= 1; length--) {
      const hit = lookup(i, length);
      if (!hit) continue;
      found.push({ skill: hit[0], start: starts[i], end: ends[i + length - 1], first: i, last: i + length - 1, confirmed: hit[1] });
      consumed = length;
      break;
    }
    if (consumed === 0 && tokens[i].includes("/")) {
      // "React/Redux" names two skills ("CI/CD" was tried whole above); a part beside a sure skill is one too.
      const parts = tokens[i].split("/").map((part) => (part ? (m.byLower.get(part.toLowerCase()) ?? m.byExact.get(part)) : undefined));
      const sure = tokens[i].split("/").some((part) => part && m.byLower.has(part.toLowerCase()));
      for (const skill of parts) {
        if (skill !== undefined) found.push({ skill, start: starts[i], end: ends[i], first: i, last: i, confirmed: sure });
      }
    }
    i += consumed || 1;
  }
  confirmByContext(text, found, lower, starts, ends);
  return found.filter((f) => f.confirmed).map(({ skill, start, end }) => ({ id: skill + 1, start, end }));
}

function confirmByContext(text: string, found: Found[], lower: string[], starts: number[], ends: number[]) {
  const gap = (a: number, b: number) => text.slice(ends[a], starts[b]);
  for (const f of found) {
    if (f.confirmed) continue;
    const prev = f.first - 1;
    const next = f.last + 1;
    if (prev >= 0 && before.has(lower[prev]) && closeSeparator.test(gap(prev, f.first))) f.confirmed = true;
    else if (next < lower.length && after.has(lower[next]) && closeSeparator.test(gap(f.last, next))) f.confirmed = true;
  }
  // A list spreads certainty: "Python, R and Go" confirms R, then Go.
  const adjacent = (a: Found, b: Found) => {
    if (b.first === a.last + 1) return listSeparator.test(gap(a.last, b.first));
    return b.first === a.last + 2 && listWords.has(lower[a.last + 1]) && /^\s*$/.test(gap(a.last, a.last + 1));
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (f.confirmed) continue;
      const left = found[k - 1];
      const right = found[k + 1];
      // "E.ON Next, QA": a capitalised word right before makes it part of a name, not a list item.
      const named = f.first > 0 && /^\p{Lu}/u.test(text.slice(starts[f.first - 1], ends[f.first - 1])) && gap(f.first - 1, f.first) === " ";
      if (named && left?.last !== f.first - 1) continue;
      if ((left?.confirmed && adjacent(left, f)) || (right?.confirmed && adjacent(f, right))) {
        f.confirmed = true;
        changed = true;
      }
    }
  }
}

/** Canonical skills named in the text, in order of first mention. */
export function recognizeSkills(text: string): string[] {
  return skillNamesOf(findSkillMentions(text));
}

/** The canonical names of mentions, each once, in order. */
export function skillNamesOf(mentions: readonly SkillMention[]): string[] {
  const names = skillMatcher().names;
  const seen = new Set<number>();
  const out: string[] = [];
  for (const { id } of mentions) {
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(names[id - 1]);
  }
  return out;
}
