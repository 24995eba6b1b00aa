import taxonomyJson from "./taxonomy.json";
import titlesJson from "./titles.json";

// The committed output of scripts/build-taxonomy.ts; the shapes below are what it writes.

export interface TaxonomyData {
  sources: string;
  /** Lower-case spellings that are also everyday words: a skill only in exact case and with context. */
  contextForms: string[];
  /** [canonical name, "lower|case|aliases", "Exact|Aliases"]; a skill's id is its index + 1. */
  skills: [string, string, string][];
  /** Per skill (same index), ids of related skills, strongest first. */
  related: number[][];
  /** [English name, "other|names|stem*"]. */
  languages: [string, string][];
}

export interface TitlesData {
  sources: string;
  /** [O*NET-SOC code, title, indexes of related occupations, closest first]. */
  occupations: [string, string, number[]][];
  /** Per occupation (same index), the normalised title keys that mean it, joined by "|". */
  titles: string[];
}

export const taxonomyData = taxonomyJson as unknown as TaxonomyData;
export const titlesData = titlesJson as unknown as TitlesData;
