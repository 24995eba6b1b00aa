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

interface LanguageMention {
  name: string;
  end: number;
}

function languageMentions(text: string): LanguageMention[] {
  const idx = (index ??= build());
  const out: LanguageMention[] = [];
  for (const match of text.matchAll(/\p{L}+/gu)) {
    const word = match[0];
    const lowerWord = word.toLowerCase().replace(/ё/g, "е");
    let name = idx.exact.get(word) ?? idx.lower.get(lowerWord);
    if (!name && /^\p{Script=Cyrillic}/u.test(word)) name = idx.stems.find(([stem]) => lowerWord.startsWith(stem))?.[1];
    if (name) out.push({ name, end: match.index + word.length });
  }
  return out;
}

/** Spoken languages named in the text ("English, Deutsch, немецкий язык"), in order of first mention. */
export function recognizeLanguages(text: string): string[] {
  return [...new Set(languageMentions(text).map((mention) => mention.name))];
}

const levelWords: Array<[RegExp, string]> = [
  [/\b(?:native|mother tongue|bilingual)\b|родн(?:ой|ого)|носитель/i, "native"],
  [/\b(?:fluent|fluency|proficient|full professional)\b|свободн/i, "fluent"],
  [/\b(?:upper[- ]intermediate|advanced)\b|продвинут|выше среднего/i, "advanced"],
  [/\b(?:intermediate|conversational|working|professional working)\b|средн|разговорн|рабоч/i, "intermediate"],
  [/\b(?:basic|elementary|beginner|limited)\b|базов|начальн/i, "basic"],
];

/**
 * Languages with the level written right after them when there is one: a CEFR grade ("B2") or
 * words ("fluent", "native", "свободный"); null when the text does not say.
 */
export function recognizeLanguageLevels(text: string): { name: string; level: string | null }[] {
  const out = new Map<string, string | null>();
  for (const { name, end } of languageMentions(text)) {
    // The level sits in the same item: up to the next comma, semicolon or line end.
    const after = text.slice(end, end + 40).split(/[,;\n]/)[0];
    // CEFR grades, also typed with the Cyrillic letters that look the same ("В1").
    const cefr = after.match(/(?:^|[^\p{L}\p{N}])([ABCАВС])([12])(?![\p{L}\p{N}])/u);
    const letter = cefr ? ({ А: "A", В: "B", С: "C" }[cefr[1]] ?? cefr[1]) : null;
    const level = cefr ? `${letter}${cefr[2]}` : (levelWords.find(([pattern]) => pattern.test(after))?.[1] ?? null);
    if (!out.has(name) || (out.get(name) === null && level)) out.set(name, level);
  }
  return [...out].map(([name, level]) => ({ name, level }));
}

/** Every language the taxonomy knows, by English name. */
export function knownLanguages(): string[] {
  return taxonomyData.languages.map(([name]) => name);
}

let spoken: ReadonlySet<string> | null = null;

/**
 * Whether a canonical skill name is a spoken language ("English"). A job text asking for one is not
 * asking for a skill: resumes list languages apart, so as a skill every candidate would miss it.
 */
export function isSpokenLanguage(skill: string): boolean {
  spoken ??= new Set(knownLanguages());
  return spoken.has(skill);
}
