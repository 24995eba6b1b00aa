import { russianTitleWords } from "./curated-groups";

// Shared by the build (dataset titles) and the lookup (job titles), so both sides normalise alike.

const dropWords = new Set([
  "senior", "sr", "junior", "jr", "middle", "mid", "level", "entry", "principal", "staff",
  "intern", "internship", "trainee", "graduate", "i", "ii", "iii", "iv", "remote", "hybrid", "lead",
  "onsite", "m", "f", "w", "d", "h", "x", "mwd", "fmd", "wmd", "all", "genders", "role", "position",
  "opportunity", "vacancy", "job", "new", "grad",
  "старший", "ведущий", "младший", "стажер", "стажёр", "удаленно", "удалённо", "junior+", "middle+", "senior+",
]);

const russianWords = new Map(Object.entries(russianTitleWords));

const spellings: Array<[RegExp, string]> = [
  [/\bback[\s-]?end\b/g, "backend"],
  [/\bfront[\s-]?end\b/g, "frontend"],
  [/\bfull[\s-]?stack\b/g, "fullstack"],
  [/\bdev[\s-]?ops\b/g, "devops"],
  [/\bmachine[\s-]learning\b/g, "machine learning"],
  [/\bsoftware\s+dev\b/g, "software developer"],
  [/дев[\s-]?опс/g, "devops"],
  // Russian puts the object after the noun: "аналитик данных" is a data analyst.
  [/аналитик данных/g, "data analyst"],
  [/(?:инженер данных|дата[\s-]инженер)/g, "data engineer"],
  [/инженер[\s-]тестировщик|тестировщик/g, "software tester"],
  [/инженер[\s-]программист/g, "software engineer"],
  [/технической поддержки|техподдержки/g, "technical support"],
  [/машинному обучению|машинного обучения/g, "machine learning"],
  [/\bml\b/g, "machine learning"],
  [/\bdevsecops\b/g, "devops"],
  [/\bteam[\s-]?lead\b|\btech[\s-]?lead\b/g, "lead"],
];

/** English plural or singular, one key: "developers" and "developer" meet. */
function stem(token: string): string {
  if (token.length > 3 && token.endsWith("s") && !/(?:ss|us|is)$/.test(token)) return token.slice(0, -1);
  return token;
}

/** The tokens of a job title that say what the job is: no seniority, place, or parenthesised aside. */
export function titleTokens(raw: string): string[] {
  let text = raw.toLowerCase().replace(/ё/g, "е");
  text = text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ");
  // A place, a team or a pitch usually follows the first comma, pipe or spaced dash.
  text = text.split(/,|\||\s[-–—]\s|\s@\s|\sat\s|;/)[0];
  for (const [pattern, replacement] of spellings) text = text.replace(pattern, replacement);
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu) ?? [];
  const out: string[] = [];
  for (const token of tokens) {
    if (dropWords.has(token)) continue;
    const english = russianWords.get(token) ?? token;
    for (const word of english.split(" ")) if (word) out.push(stem(word));
  }
  return out;
}

/** The lookup key of a title: its tokens joined by spaces ("" when nothing is left). */
export function titleKey(raw: string): string {
  return titleTokens(raw).join(" ");
}
