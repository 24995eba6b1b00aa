import { looksLikeJobTitle } from "./contact";
import { dateRangesIn, withoutDateRanges } from "./dates";

// Employers named like products ("Product Designer — Dropbox", "Oracle" above a position) are not
// skills. In the experience section, a position's heading keeps its title and any stack in
// parentheses; the employer beside it, or alone on a line next to the position, is dropped before
// skills are looked for. Sentences about the work ("moved storage from Dropbox to S3") still count.

const parts = /\s+(?:at|@|в|—|–|-|\|)\s+|,\s+|\s*\|\s*/u;
const bullet = /^[-–—•·▪●*]/u;

/** A position's heading: a short line of a title and other parts (employer, place, dates), not a sentence. */
function headingParts(line: string): string[] | null {
  const text = withoutDateRanges(line.replace(/\([^)]*\)/g, " ")).trim();
  if (!text || text.length > 90 || bullet.test(line) || /[.!?;]$/.test(text)) return null;
  const pieces = text.split(parts).map((p) => p.trim()).filter(Boolean);
  return pieces.length >= 2 && pieces.some(looksLikeJobTitle) ? pieces : null;
}

/** A bare name of a few words with nothing else: an employer when it sits next to a position. */
function bareName(line: string): boolean {
  return !bullet.test(line) && !/[,;:|()/]/.test(line) && !looksLikeJobTitle(line) && dateRangesIn(line).length === 0 && line.split(/\s+/).length <= 4;
}

/**
 * The experience section's lines as skills should read them: a position's heading reduced to its
 * title (and its parenthesised stack), an employer line next to a position emptied. Lines not
 * changed are not in the map.
 */
export function positionsWithoutEmployers(experience: readonly string[], now = new Date()): Map<string, string> {
  const changed = new Map<string, string>();
  const isPosition = experience.map((line) => headingParts(line) !== null || looksLikeJobTitle(withoutDateRanges(line)) || dateRangesIn(line, now).length > 0);
  experience.forEach((line, i) => {
    const pieces = headingParts(line);
    if (pieces) {
      const stacks = [...line.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
      changed.set(line, [...pieces.filter(looksLikeJobTitle), ...stacks].join(", "));
    } else if (bareName(line) && (isPosition[i - 1] || isPosition[i + 1])) changed.set(line, "");
  });
  return changed;
}
