import { taxonomyData } from "./data";
import { recognizeSkills, skillMatcher } from "./recognize";
import { tokenize } from "./tokenize";

// The skills taxonomy derived from O*NET 29.2 and ESCO 1.2 (scripts/build-taxonomy.ts) with the
// hand-kept overlay in curated-*.ts. Plain functions over committed data: no database.

export { findSkillMentions, recognizeSkills, skillNamesOf, type SkillMention } from "./recognize";
export { normaliseTitle, relatedOccupations, type Occupation } from "./titles";
export { isSpokenLanguage, knownLanguages, recognizeLanguageLevels, recognizeLanguages } from "./languages";
export { isSkillLevel, skillLevelRank, skillLevels, type SkillLevel, type SkillRequirement } from "./levels";

const versionSuffix = /(?:\s+|-)v?\d+(?:\.\d+|\.x)*\+?$/i;

const lookupKey = (text: string) => tokenize(text).join(" ").toLowerCase();
let canonicalIndex: Map<string, number> | undefined;

function skillIndexOf(name: string): number | undefined {
  // Most names passed are already canonical (a recognised mention, a stored skill): no tokenizing.
  canonicalIndex ??= new Map(taxonomyData.skills.map(([canonical], at) => [canonical, at]));
  const exact = canonicalIndex.get(name);
  if (exact !== undefined) return exact;
  const { byAnyCase } = skillMatcher();
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  return byAnyCase.get(lookupKey(trimmed)) ?? byAnyCase.get(lookupKey(trimmed.replace(versionSuffix, "")));
}

/** The canonical skill a text is the very name (or alias) of, nothing more: "Dropbox" yes, "Dropbox migration" no. */
export function skillNamed(text: string): string | null {
  const at = skillIndexOf(text);
  return at === undefined ? null : taxonomyData.skills[at][0];
}

/** The canonical name of a skill a user or a feed lists ("reactjs" -> "React", "React 18" -> "React"), or null. */
export function canonicalSkill(name: string): string | null {
  const at = skillIndexOf(name);
  if (at !== undefined) return taxonomyData.skills[at][0];
  // "Experience with PostgreSQL" or "Python/Django": a listed phrase naming exactly one skill.
  const named = recognizeSkills(name);
  return named.length === 1 ? named[0] : null;
}

/** Canonical names where known, else the user's trimmed text; each skill once, first spelling kept. */
export function normaliseSkillList(names: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of names) {
    const name = canonicalSkill(raw) ?? raw.replace(/\s+/g, " ").trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** A small stable integer for a skill (its place in the committed taxonomy), for fast matching. */
export function skillId(name: string): number | undefined {
  const at = skillIndexOf(name) ?? skillIndexOf(canonicalSkill(name) ?? "");
  return at === undefined ? undefined : at + 1;
}

/** Sorted, distinct ids of the skills the taxonomy knows among these names: the integer arrays matching compares. */
export function skillIdsOf(names: readonly string[]): number[] {
  const ids = new Set<number>();
  for (const name of names) {
    const id = skillId(name);
    if (id !== undefined) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The canonical name behind an id from skillId. */
export function skillName(id: number): string | undefined {
  return taxonomyData.skills[id - 1]?.[0];
}

/** Skills that give transferable credit for this one, strongest first (React -> Vue.js, Angular ...). */
export function relatedSkills(name: string): string[] {
  const id = skillId(name);
  if (id === undefined) return [];
  return taxonomyData.related[id - 1].map((other) => taxonomyData.skills[other - 1][0]);
}

/** How many skills the taxonomy knows (ids run from 1 to this). */
export function skillCount(): number {
  return taxonomyData.skills.length;
}
