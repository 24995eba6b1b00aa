import { findSkillMentions, skillId, type SkillMention } from "@/lib/skills";
import { skillLevelRank, skillLevels, type SkillLevel, type SkillRequirement } from "@/lib/skills/levels";
import type { SeniorityLevel } from "../canonical";

export interface ExperienceYears {
  min: number;
  max: number | null;
}

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, a: 1, an: 1,
  один: 1, одного: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, десяти: 10,
};

const num = String.raw`(\d{1,2}(?:[.,]5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const ruNum = String.raw`(\d{1,2}(?:[.,]5)?|одного|двух|тр[её]х|четыр[её]х|пяти|шести|семи|десяти)(?:-?х|-?ти|-?и)?`;
const years = String.raw`\+?\s*(?:\(\d{1,2}\)\s*)?(?:years?|yrs?)\b`;
const ruYears = String.raw`\s*(?:года|год|лет)(?!\p{L})`;

// Each pattern yields min (and max); the context test decides whether it is about experience.
const englishPatterns: Array<[RegExp, (m: RegExpExecArray) => ExperienceYears | null]> = [
  [new RegExp(String.raw`\b${num}\s*\+?\s*(?:-|–|—|to)\s*${num}${years}`, "gi"), (m) => range(m[1], m[2])],
  [new RegExp(String.raw`\b(?:at\s+least|minimum(?:\s+of)?|min\.?|no\s+less\s+than|not\s+less\s+than|over|more\s+than|in\s+excess\s+of)\s+(?:an?\s+)?${num}${years}`, "gi"), (m) => range(m[1], null)],
  [new RegExp(String.raw`\b${num}${years}`, "gi"), (m) => range(m[1], null)],
];

const russianPatterns: Array<[RegExp, (m: RegExpExecArray) => ExperienceYears | null]> = [
  [new RegExp(String.raw`от\s+${ruNum}(?:${ruYears})?\s+до\s+${ruNum}${ruYears}`, "giu"), (m) => range(m[1], m[2])],
  [new RegExp(String.raw`${ruNum}\s*(?:-|–|—)\s*${ruNum}${ruYears}`, "giu"), (m) => range(m[1], m[2])],
  [new RegExp(String.raw`(?:от|не\s+менее|более|больше|свыше|минимум)\s+${ruNum}${ruYears}`, "giu"), (m) => range(m[1], null)],
  [new RegExp(String.raw`(?:^|[^\p{L}\d])${ruNum}\s*\+?${ruYears}`, "giu"), (m) => range(m[1], null)],
];

const englishContext = /experience|\bexp\b|experienced|background|track record|hands-on|professional|commercial|industry|working (?:with|in|as|on)|in (?:a|an|the) [\w\s-]{0,30}(?:role|position)|as an? [\w\s-]{0,30}(?:developer|engineer|manager|analyst|designer)/i;
const russianContext = /опыт|стаж/i;
const noise = /\bago\b|founded|established|since|history|in business|years old|\bold\b|anniversary|warranty|guarantee|contract|lease|retention|\bage\b|aged|лет назад|основан|на рынке|гарант/i;

function toNumber(word: string): number {
  const lower = word.toLowerCase().replace(",", ".");
  return numberWords[lower] ?? Number.parseFloat(lower);
}

function range(minWord: string, maxWord: string | null): ExperienceYears | null {
  const min = toNumber(minWord);
  const max = maxWord === null ? null : toNumber(maxWord);
  if (!Number.isFinite(min) || min > 30 || (max !== null && (!Number.isFinite(max) || max < min || max > 40))) return null;
  return { min: Math.floor(min), max: max === null ? null : Math.ceil(max) };
}

/** The sentence around a match, where its context must be (line breaks and full stops end one). */
function sentenceAround(text: string, start: number, end: number): [string, string] {
  const from = Math.max(text.lastIndexOf("\n", start - 1), text.lastIndexOf(". ", start - 1), text.lastIndexOf("; ", start - 1)) + 1;
  const stops = [text.indexOf("\n", end), text.indexOf(". ", end), text.indexOf("; ", end)].filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) : text.length;
  return [text.slice(Math.max(from, start - 80), start), text.slice(end, Math.min(to, end + 80))];
}

/**
 * The years of experience a posting asks for ("5+ years", "3-5 years of experience", "опыт
 * работы от 3 лет"), only where the sentence is about experience: "founded 20 years ago" is not.
 */
export function extractExperienceYears(text: string): ExperienceYears | null {
  // Each language's patterns only where its word for years appears at all.
  const english = /year|yrs?\b/i.test(text);
  const russian = /лет|год/i.test(text);
  if (!english && !russian) return null;
  let best: { at: number; years: ExperienceYears } | null = null;
  const consider = (patterns: typeof englishPatterns, context: RegExp) => {
    const taken: Array<[number, number]> = [];
    for (const [pattern, read] of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        const [before, after] = sentenceAround(text, start, end);
        if (!context.test(before + " " + after) || noise.test(after.slice(0, 40)) || /\b(?:in business|founded|ago)\b/i.test(before.slice(-40))) continue;
        const years = read(m);
        if (years && (!best || start < best.at)) best = { at: start, years };
      }
    }
  };
  if (english) consider(englishPatterns, englishContext);
  if (russian) consider(russianPatterns, russianContext);
  return best ? (best as { years: ExperienceYears }).years : null;
}

const hhExperience: Record<string, ExperienceYears> = {
  noExperience: { min: 0, max: null },
  between1And3: { min: 1, max: 3 },
  between3And6: { min: 3, max: 6 },
  moreThan6: { min: 6, max: null },
};

/** HeadHunter's own experience bucket (`experience.id`) as years. */
export function experienceFromHh(id: string | null | undefined): ExperienceYears | null {
  return id ? (hhExperience[id] ?? null) : null;
}

export { isSkillLevel, skillLevelRank, skillLevels, type SkillLevel, type SkillRequirement } from "@/lib/skills/levels";

const levelForSeniority: Record<SeniorityLevel, SkillLevel> = {
  intern: "beginner",
  junior: "beginner",
  mid: "intermediate",
  senior: "advanced",
  lead: "expert",
  executive: "advanced",
};

/** The level a job of this seniority expects in a skill the posting does not grade. */
export function defaultSkillLevel(seniority: SeniorityLevel | null | undefined, required = true): SkillLevel {
  const level = seniority ? levelForSeniority[seniority] : "intermediate";
  // A nice-to-have skill is wanted one step lower: "lead" still wants advanced, junior stays beginner.
  return required ? level : skillLevels[Math.max(0, skillLevelRank(level) - 2)];
}

// The closest grading words before a skill (or right after it: "Kubernetes (expert)") set its level.
const levelWords: Array<[SkillLevel, RegExp]> = [
  ["expert", /\b(?:expert|expertise|mastery|deep (?:knowledge|understanding|experience)|extensive|guru)\b|эксперт|глубок/gi],
  ["advanced", /\b(?:advanced|strong|solid|proficien(?:t|cy)|in-depth|excellent|thorough|fluent)\b|уверенн|отличн|продвинут|хорош(?:ее|ие) знани/gi],
  ["intermediate", /\b(?:intermediate|working knowledge|good knowledge|hands-on|comfortable|practical)\b|опыт (?:работы )?с|практическ/gi],
  ["beginner", /\b(?:basic|basics|familiar(?:ity)?|exposure|some (?:knowledge|experience)|understanding of|fundamentals|beginner)\b|базов|начальн|понимани/gi],
];
const optionalWords = /nice[- ]to[- ]have|\ba plus\b|is a plus|\bplus\b:|preferred|preferable|\bbonus|desirable|advantage|would be great|ideally|optional|будет плюсом|плюсом будет|желательно|приветствуется|преимуществ/i;
const requiredHeading = /requirement|must[- ]have|qualifications|what you(?:'ll)? need|you have|about you|required|responsibilit|what you(?:'ll)? do|требования|обязанности|необходимо|ожидаем/i;

interface Clause {
  start: number;
  end: number;
  optional: boolean;
}

/** The text's lines, each knowing whether it sits under a "nice to have" heading or says so itself. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  let optionalSection = false;
  let bulletsSeen = false;
  let at = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    const heading = trimmed.length > 0 && trimmed.length <= 60 && (/[:：]$/.test(trimmed) || !/[.,;]/.test(trimmed)) && !/^[-•*·]/.test(trimmed);
    const bullet = /^[-•*·–]/.test(trimmed);
    if (heading && optionalWords.test(trimmed) && trimmed.length <= 40) {
      optionalSection = true;
      bulletsSeen = false;
    } else if (heading && requiredHeading.test(trimmed)) optionalSection = false;
    // A paragraph after the list ends the "nice to have" part.
    else if (optionalSection && trimmed && !heading && !bullet && bulletsSeen) optionalSection = false;
    bulletsSeen ||= bullet;
    // Sentences inside a line: "Python is required. Go is a plus."
    let from = at;
    for (const sentence of line.split(/(?<=[.;!?])\s+/)) {
      const start = text.indexOf(sentence, from);
      clauses.push({ start, end: start + sentence.length, optional: optionalSection || optionalWords.test(sentence) });
      from = start + sentence.length;
    }
    at += line.length + 1;
  }
  return clauses;
}

// The same words tested once (no "g" state) for the text right after a skill.
const levelWordsOnce: Array<[SkillLevel, RegExp]> = levelWords.map(([level, pattern]) => [level, new RegExp(pattern.source, "i")]);

function gradedLevel(text: string, clause: Clause, start: number, end: number): SkillLevel | null {
  const before = text.slice(clause.start, start);
  const after = text.slice(end, Math.min(clause.end, end + 24));
  let best: { level: SkillLevel; at: number } | null = null;
  for (const [level, pattern] of levelWords) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(before); m; m = pattern.exec(before)) if (!best || m.index > best.at) best = { level, at: m.index };
  }
  if (best) return best.level;
  const phrase = after.split(/[,;]/)[0];
  for (const [level, pattern] of levelWordsOnce) if (pattern.test(phrase)) return level;
  return null;
}

/**
 * Each skill with the level and necessity the posting states ("expert in Kubernetes", "Docker is a
 * plus"), else the level the job's seniority implies, required.
 */
export function skillRequirementsFor(
  skills: readonly string[],
  seniority: SeniorityLevel | null | undefined,
  text: string,
  /** The text's skill mentions when the caller already has them (findSkillMentions). */
  textMentions: readonly SkillMention[] = findSkillMentions(text),
): SkillRequirement[] {
  const mentions = new Map<number, { start: number; end: number }>();
  for (const mention of textMentions) if (!mentions.has(mention.id)) mentions.set(mention.id, mention);
  const clauses = mentions.size > 0 ? clausesOf(text) : [];
  return skills.map((name) => {
    const id = skillId(name);
    const mention = id === undefined ? undefined : mentions.get(id);
    const clause = mention && clauses.find((c) => mention.start >= c.start && mention.start < c.end);
    if (!mention || !clause) return { name, level: defaultSkillLevel(seniority), required: true };
    const required = !clause.optional;
    return { name, level: gradedLevel(text, clause, mention.start, mention.end) ?? defaultSkillLevel(seniority, required), required };
  });
}
