// Splits resume text into a header (before the first heading) and named sections.
export type SectionName = "summary" | "experience" | "education" | "skills" | "languages" | "projects" | "certifications" | "other";

export type ResumeSections = { header: string[]; sections: { name: SectionName; lines: string[] }[] };

const headings: Record<Exclude<SectionName, "other">, string[]> = {
  summary: ["summary", "professional summary", "profile", "professional profile", "about me", "about", "objective", "career objective", "personal statement", "о себе", "обо мне", "цель", "резюме"],
  experience: [
    "experience",
    "work experience",
    "professional experience",
    "employment",
    "employment history",
    "work history",
    "career history",
    "relevant experience",
    "professional background",
    "опыт работы",
    "опыт",
    "места работы",
    "трудовая деятельность",
    "berufserfahrung",
  ],
  education: ["education", "academic background", "education and training", "qualifications", "academic qualifications", "образование", "ausbildung"],
  skills: [
    "skills",
    "technical skills",
    "key skills",
    "core skills",
    "core competencies",
    "competencies",
    "technologies",
    "tech stack",
    "technical expertise",
    "skills & tools",
    "skills and tools",
    "tools",
    "навыки",
    "ключевые навыки",
    "профессиональные навыки",
    "технологии",
    "kenntnisse",
  ],
  languages: ["languages", "language skills", "языки", "знание языков", "иностранные языки", "sprachen"],
  projects: ["projects", "personal projects", "side projects", "проекты"],
  certifications: ["certifications", "certificates", "licenses & certifications", "courses", "training", "сертификаты", "курсы"],
};
const otherHeadings = ["interests", "hobbies", "references", "contact", "contacts", "personal details", "personal information", "awards", "publications", "volunteering", "achievements", "контакты", "хобби", "достижения"];

const sectionByHeading = new Map<string, SectionName>([
  ...Object.entries(headings).flatMap(([name, words]) => words.map((w) => [w, name as SectionName] as const)),
  ...otherHeadings.map((w) => [w, "other" as SectionName] as const),
]);

const headingKey = (line: string) =>
  line
    .toLowerCase()
    .replace(/^[\s#*•·\-–—=_|]+|[\s:：*•·\-–—=_|]+$/g, "")
    .replace(/\s+/g, " ");

/** The section a whole line names, if it is a heading ("EXPERIENCE", "Work history:", "Опыт работы"). */
export function headingOf(line: string): SectionName | null {
  return sectionByHeading.get(headingKey(line)) ?? null;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const capsHeadings = [...sectionByHeading.keys()].filter((h) => h.split(" ").length <= 3).sort((a, b) => b.length - a.length);
// An ALL-CAPS heading inside a line: two-column PDFs put one column's heading beside the other's text.
const capsHeadingPattern = new RegExp(`(?<![\\p{L}])(${capsHeadings.map((h) => escapeRegex(h.toUpperCase())).join("|")})(?![\\p{L}])`, "u");

/** A line cut where a heading sits inside it: "Skills: a, b" and two-column "x@y.com WORK EXPERIENCE". */
function splitLine(line: string): string[] {
  // "Skills: a, b" and HeadHunter's "Опыт работы —6 лет 2 месяца".
  const labelled = /^([\p{L} &]{3,40}?)\s*(?:[:：]|\s[—–]|[—–]\s?)\s*(.+)$/u.exec(line);
  if (labelled && headingOf(labelled[1])) return [labelled[1], labelled[2]];
  if (headingOf(line)) return [line];
  const caps = capsHeadingPattern.exec(line);
  if (!caps) return [line];
  const before = line.slice(0, caps.index).trim();
  const after = line.slice(caps.index + caps[0].length).replace(/^\s*[:：]\s*/, "").trim();
  // A lone capitalised word such as "SQL" or "AWS" beside a heading stays; "TOOLS" inside "DEV TOOLS LTD" is not a heading.
  if (before && /\p{Lu}{2,}\s*$/u.test(before) && !/[a-zа-я]/.test(before)) return [line];
  return [...(before ? [before] : []), caps[0], ...(after ? splitLine(after) : [])];
}

/** Non-empty trimmed lines, with headings hidden inside lines cut out onto their own. */
export function resumeLines(text: string): string[] {
  return text
    .split("\n")
    // Layout-keeping extractions separate columns with runs of spaces: each column's cell is its own line.
    .flatMap((l) => l.split(/\s{4,}/))
    .map((l) => l.trim())
    .filter(Boolean)
    .flatMap(splitLine);
}

export function splitSections(lines: string[]): ResumeSections {
  const result: ResumeSections = { header: [], sections: [] };
  let current: { name: SectionName; lines: string[] } | null = null;
  for (const line of lines) {
    const name = line.length <= 40 ? headingOf(line) : null;
    if (name) {
      current = { name, lines: [] };
      result.sections.push(current);
    } else if (current) current.lines.push(line);
    else result.header.push(line);
  }
  return result;
}

export function sectionLines(sections: ResumeSections, name: SectionName): string[] {
  return sections.sections.filter((s) => s.name === name).flatMap((s) => s.lines);
}
