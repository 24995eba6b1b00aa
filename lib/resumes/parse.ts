import type { CandidateEducation, CandidateLanguage } from "@/db/schema";
import { extractSkills } from "@/lib/etl/normalize";
import { canonicalSkill, isSpokenLanguage } from "@/lib/skills";
import { skillLevelRank, type SkillLevel } from "@/lib/skills/levels";
import { looksLikeJobTitle, parseContact } from "./contact";
import { dateRangesIn, mergedMonths, statedExperienceYears, withoutDateRanges } from "./dates";
import { parseEducation, parseLanguages } from "./education";
import { positionParts, positionsWithoutEmployers } from "./employers";
import { resumeLines, sectionLines, splitSections } from "./sections";

export type ParsedResume = {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  title: string | null;
  summary: string | null;
  skills: { name: string; level: SkillLevel }[];
  experienceYears: number | null;
  education: CandidateEducation[];
  languages: CandidateLanguage[];
};

const MAX_PARSED_CHARS = 100_000;
const levelWords = /\b(?:expert|advanced|proficient|strong|intermediate|basic|beginner|familiar with|working knowledge of)\b/gi;

const levelCues: [RegExp, SkillLevel][] = [
  [/\b(?:expert|mastery|guru|deep expertise)\b|эксперт/iu, "expert"],
  [/\b(?:advanced|proficient|strong|extensive|fluent)\b|продвинут\p{L}*|уверенн\p{L}*|глубок\p{L}*/iu, "advanced"],
  [/\b(?:intermediate|working knowledge|good)\b|средн\p{L}*|хорош\p{L}*/iu, "intermediate"],
  [/\b(?:basic|beginner|familiar|elementary|novice|exposure)\b|базов\p{L}*|начальн\p{L}*|знаком\p{L}*/iu, "beginner"],
];

/** A level from years with a skill: under a year is a beginner, 5+ years advanced, 8+ expert. */
function levelForYears(years: number): SkillLevel {
  if (years < 1) return "beginner";
  if (years < 5) return "intermediate";
  if (years < 8) return "advanced";
  return "expert";
}

function levelStatedIn(text: string): SkillLevel | null {
  if (/(?:less than|under|<)\s*(?:1|one|a)\s*year|меньше года|менее года/iu.test(text)) return "beginner";
  for (const [pattern, level] of levelCues) if (pattern.test(text)) return level;
  // "5 years of Python" or "Python (5 yrs)", but not the resume's overall "8 years of experience".
  const years = /(\d{1,2})\s*\+?\s*(?:years?|yrs?|лет|года?)(?![\p{L}])(?!['’]?\s+(?:of\s+)?(?:[\p{L}-]+\s+)?(?:experience|опыта))/iu.exec(text);
  return years ? levelForYears(Number(years[1])) : null;
}

/**
 * Skills named anywhere in the resume, each with the level its own words give it: a cue in the
 * same list item ("Figma (expert)", "5 years of Python"), or a label heading the line
 * ("Advanced: Go, SQL"); otherwise "intermediate", since listing a skill says no more.
 */
export function skillsWithLevels(lines: string[], listed: ReadonlySet<string> = new Set()): { name: string; level: SkillLevel }[] {
  const levels = new Map<string, SkillLevel | null>();
  for (const line of lines) {
    const label = /^([^:：]{2,30})[:：]/u.exec(line);
    const lineLevel = label ? levelStatedIn(label[1]) : null;
    const items = line.split(/\s*(?:,|;|\||•|·|▪|●|\t)\s*/u);
    // In a skills list every item is meant as a skill, so a bare everyday word ("Excel", "Go") counts there.
    const withSkills = items.map((item) => {
      const found = extractSkills(item);
      if (found.length > 0 || !listed.has(line)) return found;
      const bare = item.replace(/^[^:：]{2,30}[:：]\s*/, "").replace(/\([^)]*\)|\b\d+\+?\s*(?:years?|yrs?)\b/gi, "").replace(levelWords, "").trim();
      const named = bare ? canonicalSkill(bare) : null;
      return named ? [named] : [];
    });
    // A table row ("AWS | Expert | 9") names one skill and gives its level in another cell.
    const rowLevel = withSkills.filter((n) => n.length > 0).length === 1 ? items.map((item, i) => (withSkills[i].length === 0 ? levelStatedIn(item) : null)).find(Boolean) : null;
    for (const [i, item] of items.entries()) {
      const names = withSkills[i];
      if (names.length === 0) continue;
      // One cue serves the item it sits in; a sentence naming several skills gives each the same.
      const level = levelStatedIn(item.replace(label?.[0] ?? "", "")) ?? rowLevel ?? lineLevel;
      for (const name of names) {
        const known = levels.get(name);
        if (!levels.has(name) || (level && (!known || skillLevelRank(level) > skillLevelRank(known)))) levels.set(name, level ?? known ?? null);
      }
    }
  }
  // Spoken languages are listed apart, with their own levels.
  return [...levels].filter(([name]) => !isSpokenLanguage(name)).map(([name, level]) => ({ name, level: level ?? "intermediate" }));
}

const degreeOrSchool = /\b(?:university|college|institute|school|bachelor|master|bsc|msc|phd|degree)\b|университет|институт|бакалавр|магистр/iu;
// Dates on a line naming a degree are study, not work (a research job at a university still counts).
const degreeWords = /\b(?:bachelor|master|b\.?sc|m\.?sc|b\.s|m\.s|ph\.?d|degree|diploma|graduat\p{L}*|student)\b|бакалавр|магистр|студент/iu;

/** Years from dated positions (overlaps once, up to now), else from a stated "7 years of experience". */
export function experienceYears(workLines: string[], allText: string, now = new Date()): number | null {
  const ranges = workLines.filter((l) => !degreeWords.test(l)).flatMap((l) => dateRangesIn(l, now));
  if (ranges.length > 0) return Math.round((mergedMonths(ranges) / 12) * 10) / 10;
  return statedExperienceYears(allText);
}

/** The most recent position's title: the first line of the experience section that reads as one, without the company. */
function latestPositionTitle(experience: string[]): string | null {
  for (const line of experience.slice(0, 6)) {
    const withoutDates = withoutDateRanges(line).replace(/\(\s*\)/g, "").trim();
    const parts = withoutDates.split(positionParts).map((p) => p.trim());
    const title = parts.find((p) => looksLikeJobTitle(p) && p.length <= 60);
    if (title) return title;
  }
  return null;
}

function summaryOf(lines: string[]): string | null {
  const text = lines.join(" ").replace(/\s+/g, " ").trim();
  if (!text) return null;
  return text.length > 600 ? `${text.slice(0, 597).replace(/\s+\S*$/, "")}…` : text;
}

/**
 * A resume's text as profile fields. Pure; every field it cannot find is null (or empty),
 * never invented. Handles headings in any case and language, contact lines split by `|` or
 * `•`, two-column extractions that interleave lines, and dates in the ways people write them.
 */
export function parseResume(text: string, now = new Date()): ParsedResume {
  // Thirty pages of resume fit in this; the rest of a huge text file is stored but not parsed.
  const lines = resumeLines(text.slice(0, MAX_PARSED_CHARS));
  const sections = splitSections(lines);
  const contact = parseContact(sections.header, lines);
  const experience = sectionLines(sections, "experience");
  const excluded = new Set(["education", "certifications", "languages", "skills"]);
  const workLines = sections.sections.length > 0 ? [...sections.header, ...sections.sections.filter((s) => !excluded.has(s.name)).flatMap((s) => s.lines)] : lines;
  // Two-column extractions put dates beside a skills or education heading; a range in any section but education still counts.
  const datedLines = [...workLines, ...sectionLines(sections, "skills")];
  const educationLines = sectionLines(sections, "education");
  const contactLines = new Set(contact.lines);
  const schoolLines = new Set(educationLines);
  const withoutEmployers = positionsWithoutEmployers(experience, now);
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    location: contact.location?.display ?? null,
    title: contact.headline ?? latestPositionTitle(experience),
    summary: summaryOf(sectionLines(sections, "summary")),
    // Contact and school lines name places and people, not skills ("Phoenix, AZ" or "University of Phoenix" is not the Elixir framework).
    // An employer beside or above a position is not a skill ("Product Designer — Dropbox").
    skills: skillsWithLevels(
      lines.filter((l) => !contactLines.has(l) && !(schoolLines.has(l) && degreeOrSchool.test(l))).map((l) => withoutEmployers.get(l) ?? l),
      new Set(sectionLines(sections, "skills")),
    ),
    experienceYears: experienceYears(datedLines, text, now),
    education: parseEducation(educationLines.length > 0 ? educationLines : lines.filter((l) => degreeOrSchool.test(l))),
    languages: parseLanguages(sectionLines(sections, "languages"), lines),
  };
}
