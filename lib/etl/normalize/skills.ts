import { skillsTaxonomy, type SkillEntry } from "../skills-taxonomy";

// Word characters plus the symbols skills carry inside them: C++, C#, .NET, Node.js, CI/CD, R&D.
const tokenPattern = /\.?[\p{L}\p{N}][\p{L}\p{N}+#&]*(?:[.\-/'][\p{L}\p{N}+#&]+)*/gu;

interface SkillMatcher {
  byLowerPhrase: Map<string, string>;
  byExactPhrase: Map<string, string>;
  /** First words of multi-word aliases: only these start a phrase lookup. */
  phraseStarts: Set<string>;
  longestPhrase: number;
}

function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

function compileMatcher(entries: readonly SkillEntry[]): SkillMatcher {
  const byLowerPhrase = new Map<string, string>();
  const byExactPhrase = new Map<string, string>();
  const phraseStarts = new Set<string>();
  let longestPhrase = 1;
  const add = (map: Map<string, string>, alias: string, name: string, lower: boolean) => {
    const tokens = tokenize(lower ? alias.toLowerCase() : alias);
    if (tokens.length === 0) return;
    longestPhrase = Math.max(longestPhrase, tokens.length);
    if (tokens.length > 1) phraseStarts.add(tokens[0].toLowerCase());
    const key = tokens.join(" ");
    if (!map.has(key)) map.set(key, name);
  };
  for (const [name, aliases = "", exactAliases = ""] of entries) {
    if (!exactAliases) add(byLowerPhrase, name, name, true);
    for (const alias of aliases.split("|")) if (alias) add(byLowerPhrase, alias, name, true);
    for (const alias of exactAliases.split("|")) if (alias) add(byExactPhrase, alias, name, false);
  }
  return { byLowerPhrase, byExactPhrase, phraseStarts, longestPhrase };
}

let defaultMatcher: SkillMatcher | undefined;

function lookup(matcher: SkillMatcher, tokens: string[], lowerTokens: string[], start: number, length: number) {
  const lowerKey = length === 1 ? lowerTokens[start] : lowerTokens.slice(start, start + length).join(" ");
  const found = matcher.byLowerPhrase.get(lowerKey);
  if (found) return found;
  const exactKey = length === 1 ? tokens[start] : tokens.slice(start, start + length).join(" ");
  return matcher.byExactPhrase.get(exactKey);
}

/**
 * Canonical skills named in the text, in order of first mention, matched on whole words
 * ("JS", "k8s", "Postgres", "Кубернетес") against the taxonomy in lib/etl/skills-taxonomy.ts.
 */
export function extractSkills(text: string, entries?: readonly SkillEntry[]): string[] {
  const matcher = entries ? compileMatcher(entries) : (defaultMatcher ??= compileMatcher(skillsTaxonomy));
  const tokens = tokenize(text);
  const lowerTokens = tokens.map((token) => token.toLowerCase());
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    let consumed = 0;
    const longest = matcher.phraseStarts.has(lowerTokens[i]) ? Math.min(matcher.longestPhrase, tokens.length - i) : 1;
    for (let length = longest; length >= 1; length--) {
      const skill = lookup(matcher, tokens, lowerTokens, i, length);
      if (skill) {
        found.add(skill);
        consumed = length;
        break;
      }
    }
    if (consumed === 0 && tokens[i].includes("/")) {
      // "React/Redux" names two skills; "CI/CD" was already tried whole above.
      for (const part of tokens[i].split("/")) {
        const skill = part ? lookup(matcher, [part], [part.toLowerCase()], 0, 1) : undefined;
        if (skill) found.add(skill);
      }
    }
    i += consumed || 1;
  }
  return [...found];
}
