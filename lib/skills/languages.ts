import { taxonomyData } from "./data";

interface LanguageIndex {
  /** English names as written ("German"): capitalised, so "polish the UI" is no language. */
  exact: Map<string, string>;
  lower: Map<string, string>;
  stems: [string, string][];
}

let index: LanguageIndex | undefined;

function build(): LanguageIndex {
  const exact = new Map<string, string>();
  const lower = new Map<string, string>();
  const stems: [string, string][] = [];
  for (const [name, aliases] of taxonomyData.languages) {
    exact.set(name, name);
    for (const alias of aliases.split("|")) {
      if (!alias) continue;
      if (alias.endsWith("*")) stems.push([alias.slice(0, -1), name]);
      else lower.set(alias, name);
    }
  }
  return { exact, lower, stems };
}

/** Spoken languages named in the text ("English, Deutsch, немецкий язык"), in order of first mention. */
export function recognizeLanguages(text: string): string[] {
  const idx = (index ??= build());
  const found = new Set<string>();
  for (const word of text.match(/[\p{L}]+/gu) ?? []) {
    const lowerWord = word.toLowerCase().replace(/ё/g, "е");
    let name = idx.exact.get(word) ?? idx.lower.get(lowerWord);
    if (!name && /^\p{Script=Cyrillic}/u.test(word)) name = idx.stems.find(([stem]) => lowerWord.startsWith(stem))?.[1];
    if (name) found.add(name);
  }
  return [...found];
}

/** Every language the taxonomy knows, by English name. */
export function knownLanguages(): string[] {
  return taxonomyData.languages.map(([name]) => name);
}
