import { extractSkills, seniorityFrom } from "@/lib/etl/normalize";
import { parseResume } from "@/lib/resumes/parse";
import type { SeniorityLevel } from "@/lib/jobs/vocabulary";
import { isSpokenLanguage } from "@/lib/skills";
import type { SkillLevel } from "@/lib/skills/levels";

// What the text searches read from a pasted resume (the resume parser) or job description (a
// plain reading; the taxonomy's experience extractor can replace statedYears without changing the searches).

export type ResumeProfile = {
  title: string | null;
  location: string | null;
  skills: { name: string; level: SkillLevel | null }[];
  experienceYears: number | null;
  salaryExpectation: number | null;
  salaryCurrency: string | null;
};

export type JobDescriptionProfile = {
  title: string | null;
  skills: string[];
  experienceYearsMin: number | null;
  level: SeniorityLevel | null;
};

const numberWords: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15 };
const yearsPattern = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?:\d{1,2}\s*)?(?:\+\s*)?years?\b/gi;

/** The smallest "N years" a job text asks for ("5+ years", "at least three years", "3-5 years"). */
export function statedYears(text: string, pick: "min" | "max"): number | null {
  const found: number[] = [];
  for (const match of text.matchAll(yearsPattern)) {
    const raw = match[1].toLowerCase();
    const n = numberWords[raw] ?? Number(raw);
    if (Number.isFinite(n) && n > 0 && n <= 40) found.push(n);
  }
  if (found.length === 0) return null;
  return pick === "min" ? Math.min(...found) : Math.max(...found);
}

const monthYear = String.raw`(?:[A-Za-z]{3,9}\.?\s+)?(\d{4})`;
const rangePattern = new RegExp(`${monthYear}\\s*(?:-|–|—|to)\\s*(?:${monthYear}|(present|current|now|today))`, "gi");

/** Years covered by dated positions ("2019 – Present", "Mar 2016 - Jan 2020"), overlaps merged; else a stated "7 years". */
export function resumeExperienceYears(text: string, now = new Date()): number | null {
  const thisYear = now.getUTCFullYear();
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(rangePattern)) {
    const from = Number(m[1]);
    const to = m[3] ? thisYear : Number(m[2]);
    if (from >= 1960 && from <= thisYear && to >= from && to <= thisYear) spans.push([from, to]);
  }
  if (spans.length === 0) return statedYears(text, "max");
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = spans[0];
  for (const [from, to] of spans.slice(1)) {
    if (from <= end) end = Math.max(end, to);
    else {
      total += end - start;
      [start, end] = [from, to];
    }
  }
  return total + end - start;
}

/** The first short line that is not contact details: resumes and job ads both lead with a name or a title. */
function leadingLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && l.length <= 80 && !/@|https?:|\+?\d[\d\s()-]{6,}/.test(l))
    .slice(0, 3);
}

const salaryPattern = /(?:expected|desired|expectation|target)\s+salary[^\d]{0,20}([\d][\d,.\s]{2,})\s*(k\b)?\s*([A-Z]{3}|[£$€])?/i;
const currencySymbols: Record<string, string> = { "£": "GBP", $: "USD", "€": "EUR" };

/** A resume as lib/resumes/parse.ts reads it, plus the salary it asks for when it says. */
export function readResume(text: string, now = new Date()): ResumeProfile {
  const parsed = parseResume(text, now);
  const salary = salaryPattern.exec(text);
  const amount = salary ? Number(salary[1].replace(/[,\s]/g, "").replace(/\.(?=\d{3})/g, "")) * (salary[2] ? 1000 : 1) : null;
  return {
    title: parsed.title,
    location: parsed.location,
    skills: parsed.skills,
    experienceYears: parsed.experienceYears,
    salaryExpectation: amount && Number.isFinite(amount) && amount > 0 ? Math.round(amount) : null,
    salaryCurrency: salary?.[3] ? (currencySymbols[salary[3]] ?? salary[3].toUpperCase()) : null,
  };
}

/** A plain reading of a job description: its title line, skills, the years it asks for, its seniority. */
export function readJobDescription(text: string): JobDescriptionProfile {
  // A title is a heading, not a sentence: "Senior Data Engineer (Remote)", not "We are hiring!".
  const title = leadingLines(text).find((l) => l.split(/\s+/).length <= 10 && !/[.!?:]$/.test(l)) ?? null;
  const experienceYearsMin = statedYears(text, "min");
  return {
    title,
    skills: extractSkills(text).filter((name) => !isSpokenLanguage(name)),
    experienceYearsMin,
    level: seniorityFrom({ title: title ?? "", yearsExperience: experienceYearsMin }),
  };
}
