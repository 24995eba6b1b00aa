import { contextAfter, contextBefore } from "./curated-groups";
import { taxonomyData } from "./data";
import { tokenBounds, tokenize } from "./tokenize";

interface Matcher {
  byLower: Map<string, number>;
  byExact: Map<string, number>;
  /** The keys of byExact lower-cased: a text's words not among them need no exact-case lookup. */
  exactLower: Set<string>;
  /** Every alias, lower-cased, for names a user lists as skills ("golang", "go", "REACTJS"). */
  byAnyCase: Map<string, number>;
  /** First words of multi-word aliases, with the most words such an alias has: only these start a phrase lookup. */
  phraseStarts: Map<string, number>;
  contextForms: Set<string>;
  names: string[];
  /**
   * Hashes of every key's first token, lower-cased (see tokenHash): a token whose hash is not
   * here starts no key, so most words of a text are passed over without being cut out of it.
   */
  firstTokens: Uint32Array;
}

const filterBits = 1 << 20;

/** FNV-1a over the UTF-16 code units [start, end) of an already lower-cased text. */
function tokenHash(lower: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lower.charCodeAt(i), 16777619);
  return (h >>> 0) & (filterBits - 1);
}

const mayStart = (filter: Uint32Array, bit: number) => (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;

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
    exactLower: new Set(),
    byAnyCase: new Map(),
    phraseStarts: new Map(),
    contextForms: new Set(taxonomyData.contextForms),
    names: taxonomyData.skills.map(([name]) => name),
    firstTokens: new Uint32Array(filterBits / 32),
  };
  const add = (map: Map<string, number>, alias: string, skill: number) => {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return;
    const first = tokens[0].toLowerCase();
    const bit = tokenHash(first, 0, first.length);
    m.firstTokens[bit >>> 5] |= 1 << (bit & 31);
    if (tokens.length > 1) m.phraseStarts.set(first, Math.max(m.phraseStarts.get(first) ?? 1, tokens.length));
    const key = tokens.join(" ");
    if (!map.has(key)) map.set(key, skill);
    const anyCase = key.toLowerCase();
    if (!m.byAnyCase.has(anyCase)) m.byAnyCase.set(anyCase, skill);
  };
  taxonomyData.skills.forEach(([name, lower, exact], skill) => {
    for (const alias of lower.split("|")) if (alias) add(m.byLower, alias, skill);
    for (const alias of exact.split("|")) {
      if (!alias) continue;
      add(m.byExact, alias, skill);
      // As a lookup lower-cases: the whole text, or each word alone.
      const tokens = tokenize(alias);
      m.exactLower.add(tokens.join(" ").toLowerCase());
      m.exactLower.add(tokens.map((token) => token.toLowerCase()).join(" "));
    }
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

/**
 * A text cut into tokens (offsets only), with each token lower-cased when first asked for.
 * Plain functions over this record rather than closures: findSkillMentions runs on every
 * description and title a sync transforms.
 */
interface Tokens {
  text: string;
  lowerText: string;
  /** Lower-casing can change a string's length ("İ"); then each token is lower-cased alone. */
  sameLength: boolean;
  starts: number[];
  ends: number[];
  lower: Array<string | undefined>;
}

function lowerAt(t: Tokens, i: number): string {
  let lower = t.lower[i];
  if (lower === undefined) {
    lower = t.sameLength ? t.lowerText.slice(t.starts[i], t.ends[i]) : t.text.slice(t.starts[i], t.ends[i]).toLowerCase();
    t.lower[i] = lower;
  }
  return lower;
}

const tokenAt = (t: Tokens, i: number): string => t.text.slice(t.starts[i], t.ends[i]);

/** Tokens [i, i + length) joined by single spaces, lower-cased or as written. */
function joined(t: Tokens, i: number, length: number, lower: boolean): string {
  let key = lower ? lowerAt(t, i) : tokenAt(t, i);
  for (let k = i + 1; k < i + length; k++) key += " " + (lower ? lowerAt(t, k) : tokenAt(t, k));
  return key;
}

/** The skill tokens [i, i + length) name, and whether it is sure without context. */
function lookup(m: Matcher, t: Tokens, i: number, length: number): [number, boolean] | undefined {
  const lowerKey = joined(t, i, length, true);
  const skill = m.byLower.get(lowerKey);
  if (skill !== undefined) return [skill, true];
  if (!m.exactLower.has(lowerKey)) return undefined;
  const exact = m.byExact.get(joined(t, i, length, false));
  if (exact === undefined) return undefined;
  return [exact, length > 1 || !m.contextForms.has(lowerKey)];
}

/** Whether token i may start a key, or holds a "/" (its parts are looked up alone). */
function isCandidate(m: Matcher, t: Tokens, i: number): boolean {
  const start = t.starts[i];
  const end = t.ends[i];
  for (let k = start; k < end; k++) if (t.text.charCodeAt(k) === 47) return true;
  const lower = t.sameLength ? t.lowerText : lowerAt(t, i);
  const bit = t.sameLength ? tokenHash(lower, start, end) : tokenHash(lower, 0, lower.length);
  return mayStart(m.firstTokens, bit);
}

/** Every skill mention in the text, in order; everyday words count only with context ("Go developer"). */
export function findSkillMentions(text: string): SkillMention[] {
  const m = skillMatcher();
  const lowerText = text.toLowerCase();
  const t: Tokens = { text, lowerText, sameLength: lowerText.length === text.length, starts: [], ends: [], lower: [] };
  tokenBounds(text, t.starts, t.ends);
  const count = t.starts.length;
  const found: Found[] = [];
  for (let i = 0; i < count; ) {
    if (!isCandidate(m, t, i)) {
      i += 1;
      continue;
    }
    let consumed = 0;
    const longest = Math.min(m.phraseStarts.get(lowerAt(t, i)) ?? 1, count - i);
    for (let length = longest; length >= 1; length--) {
      const hit = lookup(m, t, i, length);
      if (!hit) continue;
      found.push({ skill: hit[0], start: t.starts[i], end: t.ends[i + length - 1], first: i, last: i + length - 1, confirmed: hit[1] });
      consumed = length;
      break;
    }
    const token = consumed === 0 ? tokenAt(t, i) : "";
    if (consumed === 0 && token.includes("/")) {
      // "React/Redux" names two skills ("CI/CD" was tried whole above); a part beside a sure skill is one too.
      const parts = token.split("/").map((part) => (part ? (m.byLower.get(part.toLowerCase()) ?? m.byExact.get(part)) : undefined));
      const sure = token.split("/").some((part) => part && m.byLower.has(part.toLowerCase()));
      for (const skill of parts) {
        if (skill !== undefined) found.push({ skill, start: t.starts[i], end: t.ends[i], first: i, last: i, confirmed: sure });
      }
    }
    i += consumed || 1;
  }
  if (found.some((f) => !f.confirmed)) confirmByContext(t, found);
  const mentions: SkillMention[] = [];
  for (const { skill, start, end, confirmed } of found) if (confirmed) mentions.push({ id: skill + 1, start, end });
  return mentions;
}

/** The text between tokens a and b. */
const gap = (t: Tokens, a: number, b: number) => t.text.slice(t.ends[a], t.starts[b]);

/** Whether b follows a as the next item of a list. */
function adjacent(t: Tokens, a: Found, b: Found): boolean {
  if (b.first === a.last + 1) return listSeparator.test(gap(t, a.last, b.first));
  return b.first === a.last + 2 && listWords.has(lowerAt(t, a.last + 1)) && /^\s*$/.test(gap(t, a.last, a.last + 1));
}

function confirmByContext(t: Tokens, found: Found[]) {
  const count = t.starts.length;
  for (const f of found) {
    if (f.confirmed) continue;
    const prev = f.first - 1;
    const next = f.last + 1;
    if (prev >= 0 && before.has(lowerAt(t, prev)) && closeSeparator.test(gap(t, prev, f.first))) f.confirmed = true;
    else if (next < count && after.has(lowerAt(t, next)) && closeSeparator.test(gap(t, f.last, next))) f.confirmed = true;
  }
  // A list spreads certainty: "Python, R and Go" confirms R, then Go.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = 0; k < found.length; k++) {
      const f = found[k];
      if (f.confirmed) continue;
      const left = found[k - 1];
      const right = found[k + 1];
      // "E.ON Next, QA": a capitalised word right before makes it part of a name, not a list item.
      const named = f.first > 0 && /^\p{Lu}/u.test(tokenAt(t, f.first - 1)) && gap(t, f.first - 1, f.first) === " ";
      if (named && left?.last !== f.first - 1) continue;
      if ((left?.confirmed && adjacent(t, left, f)) || (right?.confirmed && adjacent(t, f, right))) {
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
