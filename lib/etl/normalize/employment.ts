import type { EmploymentType } from "../canonical";

const employmentAliases: Record<string, EmploymentType> = {
  fulltime: "full_time", full: "full_time", permanent_full_time: "full_time",
  parttime: "part_time", part: "part_time",
  contract: "contract", contractor: "contract", freelance: "contract", project: "contract",
  temporary: "temporary", temp: "temporary", seasonal: "temporary",
  internship: "internship", intern: "internship", probation: "internship", traineeship: "internship",
  volunteer: "other", perdiem: "other", other: "other",
};

/**
 * Maps the spellings sources use ("Full-time", "FULLTIME", "full_time", HH "probation",
 * Lever "Intern") to one employment type; null when the value says nothing we know.
 */
export function normaliseEmploymentType(value: string | null | undefined): EmploymentType | null {
  if (!value) return null;
  const key = value.trim().toLowerCase().replace(/[\s_-]+/g, "");
  return employmentAliases[key] ?? employmentAliases[key.replace(/time$/, "")] ?? null;
}

const internshipPattern = /\b(?:intern|interns|internship|trainee|traineeship)\b|стаж[её]р|стажировк/i;

/** True when the title or employment says this is an internship. */
export function isInternship(title: string, employmentType: EmploymentType | null): boolean {
  return employmentType === "internship" || internshipPattern.test(title);
}
