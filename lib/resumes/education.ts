import type { CandidateEducation, CandidateLanguage } from "@/db/schema";

// Education entries and spoken languages, as resumes list them.
const degreePatterns: [RegExp, string][] = [
  [/\b(?:ph\.?\s?d|doctor of philosophy|doctorate|dphil)\b|кандидат\s+\p{L}+\s+наук|доктор\s+\p{L}+\s+наук|аспирантур\p{L}*/iu, "PhD"],
  [/\bmba\b/i, "MBA"],
  [/\bmaster(?:'s)?(?: of| in| degree)?\b|магистр\p{L}*/iu, "Master"],
  // Short forms only in capitals: "MA" in "Boston, MA" is a state and "ba" is a syllable.
  [/(?<![\p{L}.])(?:M\.?\s?Sc|M\.?\s?Eng|M\.S\.|MS|M\.A\.|MA)(?![\p{L}])/u, "Master"],
  [/\bbachelor(?:'s)?(?: of| in| degree)?\b|бакалавр\p{L}*/iu, "Bachelor"],
  [/(?<![\p{L}.])(?:B\.?\s?Sc|B\.?\s?Eng|B\.S\.|BS|B\.A\.|BA|BFA|B\.?Tech)(?![\p{L}])/u, "Bachelor"],
  [/\bassociate(?:'s)? degree\b/i, "Associate"],
  [/специалист\p{L}*/iu, "Specialist"],
  [/^(?:высшее|higher education)$/iu, "Higher education"],
  [/\bdiploma\b|диплом/iu, "Diploma"],
  [/\bhigh school\b|\bgcse\b|\ba-levels?\b|среднее/iu, "Secondary"],
];
const institutionPattern = /\b(?:university|universit[äé]t?|college|institute|school|academy|polytechnic|politecnico|hochschule|école|escuela|universidad)\b|университет|институт|академи|колледж|училищ|(?<!\p{L})(?:МГУ|МФТИ|ВШЭ|МГТУ|СПбГУ|ИТМО)(?!\p{L})/iu;
// Short names of universities, in capitals only ("tu" or "mit" in a sentence is not a school).
const institutionAcronym = /(?<![\p{L}])(?:TU|TUM|ETH|EPFL|KTH|UCL|MIT|LSE|NYU|UCLA|IIT|NUS|HSE)(?![\p{L}])/u;
const isInstitution = (segment: string) => institutionPattern.test(segment) || institutionAcronym.test(segment);

function degreeOf(text: string): { degree: string; match: string } | null {
  for (const [pattern, degree] of degreePatterns) {
    const match = pattern.exec(text);
    if (match) return { degree, match: match[0] };
  }
  return null;
}

const yearOf = (text: string) => {
  const years = text.match(/\b(?:19|20)\d{2}\b/g);
  return years ? Number(years[years.length - 1]) : null;
};

const segmentsOf = (line: string) =>
  line
    .split(/\s*(?:,|\||•|·|;|\s[–—-]\s)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The field after the degree words: "BSc Computer Science" / "Master of Science in Data Science" / "Бакалавр, Прикладная математика". */
function fieldOf(segments: string[], degreeMatch: string): string | null {
  const degreeSegment = segments.findIndex((s) => s.includes(degreeMatch));
  const rest = segments[degreeSegment]
    .slice(segments[degreeSegment].indexOf(degreeMatch) + degreeMatch.length)
    .replace(/^\s*(?:of science|of arts|of engineering|science|arts|engineering)?\s*(?:in|of|по специальности|\(|:)?\s*/i, "")
    .replace(/[()]/g, "")
    .trim();
  if (rest && !institutionPattern.test(rest) && !/^\d/.test(rest)) return rest;
  const next = segments[degreeSegment + 1];
  return next && !institutionPattern.test(next) && !/\d{4}/.test(next) ? next : null;
}

/** One entry per degree or institution line; the lines after it fill what it lacks. */
export function parseEducation(lines: string[]): CandidateEducation[] {
  const entries: CandidateEducation[] = [];
  let current: CandidateEducation | null = null;
  for (const line of lines) {
    const segments = segmentsOf(line);
    const degree = degreeOf(line);
    const institution = segments.find(isInstitution) ?? null;
    if (!degree && !institution) {
      if (current && current.year === null) current.year = yearOf(line);
      // HeadHunter writes the faculty and speciality on the line after the institution.
      else if (current?.institution && !current.field && !/\d/.test(line) && line.length < 120) current.field = segments[segments.length - 1];
      continue;
    }
    // "Институт ..., Прикладная информатика" under the university: its faculty and speciality.
    if (institution && !degree && current?.institution && !current.field && segments.length > 1 && !/\d/.test(line)) {
      current.field = segments[segments.length - 1];
      continue;
    }
    const startsNew = !current || (degree && current.degree) || (institution && current.institution);
    if (startsNew) {
      current = { degree: null, field: null, institution: null, year: null };
      entries.push(current);
    }
    const entry = current!;
    if (degree) {
      entry.degree ??= degree.degree;
      entry.field ??= fieldOf(segments, degree.match);
    }
    if (institution) entry.institution ??= institution.replace(/\(?\b(?:19|20)\d{2}\b\)?/g, "").replace(/\s{2,}/g, " ").trim() || null;
    entry.year ??= yearOf(line);
  }
  return entries.slice(0, 6);
}

const languageNames: [RegExp, string][] = [
  [/^(?:english|англ\p{L}*|englisch)$/iu, "English"],
  [/^(?:russian|русск\p{L}*|russisch)$/iu, "Russian"],
  [/^(?:german|deutsch|немецк\p{L}*)$/iu, "German"],
  [/^(?:french|français|francais|французск\p{L}*)$/iu, "French"],
  [/^(?:spanish|español|espanol|испанск\p{L}*)$/iu, "Spanish"],
  [/^(?:italian|italiano|итальянск\p{L}*)$/iu, "Italian"],
  [/^(?:portuguese|португальск\p{L}*)$/iu, "Portuguese"],
  [/^(?:chinese|mandarin|китайск\p{L}*)$/iu, "Chinese"],
  [/^(?:japanese|японск\p{L}*)$/iu, "Japanese"],
  [/^(?:ukrainian|украинск\p{L}*)$/iu, "Ukrainian"],
  [/^(?:polish|польск\p{L}*)$/iu, "Polish"],
  [/^(?:dutch|нидерландск\p{L}*|голландск\p{L}*)$/iu, "Dutch"],
  [/^(?:arabic|арабск\p{L}*)$/iu, "Arabic"],
  [/^(?:hindi)$/iu, "Hindi"],
  [/^(?:turkish|турецк\p{L}*)$/iu, "Turkish"],
  [/^(?:korean|корейск\p{L}*)$/iu, "Korean"],
  [/^(?:hebrew|иврит)$/iu, "Hebrew"],
  [/^(?:swedish|шведск\p{L}*)$/iu, "Swedish"],
  [/^(?:kazakh|казахск\p{L}*)$/iu, "Kazakh"],
];
const levelWords: [RegExp, string][] = [
  [/\b([abc][12])\b/i, ""],
  [/native|mother tongue|родной|носитель/iu, "native"],
  [/bilingual/i, "native"],
  [/fluent|свободн\p{L}*|fließend/iu, "fluent"],
  [/proficient|advanced|продвинут\p{L}*/iu, "advanced"],
  [/upper[- ]intermediate|выше среднего/iu, "upper-intermediate"],
  [/intermediate|conversational|working|средн\p{L}*|разговорн\p{L}*/iu, "intermediate"],
  [/basic|elementary|beginner|базов\p{L}*|начальн\p{L}*|читаю/iu, "basic"],
];

function languageLevel(text: string): string | null {
  for (const [pattern, level] of levelWords) {
    const match = pattern.exec(text);
    if (match) return level || match[1].toUpperCase();
  }
  return null;
}

function languageOf(word: string): string | null {
  return languageNames.find(([pattern]) => pattern.test(word.trim()))?.[1] ?? null;
}

/**
 * Languages from the languages section ("English (C1), German – fluent") and from lines that
 * name a language with a level anywhere else ("Английский — B2"). A level is null unless stated.
 */
export function parseLanguages(sectionLines: string[], allLines: string[]): CandidateLanguage[] {
  const found = new Map<string, string | null>();
  const consider = (item: string, requireLevel: boolean) => {
    const head = /^\s*([\p{L}]+)/u.exec(item.replace(/^[-•*·▪\s]+/, ""));
    const name = head ? languageOf(head[1]) : null;
    if (!name) return;
    const level = languageLevel(item.slice(head![0].length));
    if (requireLevel && !level) return;
    if (!found.has(name) || (level && !found.get(name))) found.set(name, level);
  };
  for (const line of sectionLines) for (const item of line.split(/\s*(?:,|;|\||•|·)\s*/)) consider(item, false);
  for (const line of allLines) {
    if (line.length > 80) continue;
    for (const item of line.split(/\s*(?:,|;|\||•|·)\s*/)) consider(item, true);
  }
  return [...found].map(([name, level]) => ({ name, level }));
}
