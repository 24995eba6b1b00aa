import { recognizeSkills } from "@/lib/skills";

/**
 * Canonical skills named in the text, in order of first mention ("JS", "k8s", "Postgres",
 * "Кубернетес"), from the taxonomy in lib/skills. Kept for the ETL's callers.
 */
export function extractSkills(text: string): string[] {
  return recognizeSkills(text);
}
