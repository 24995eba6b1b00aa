import { skillNamed } from "@/lib/skills";
import { looksLikeJobTitle } from "./contact";
import { dateRangesIn, withoutDateRanges } from "./dates";

// Employers named like products ("Product Designer — Dropbox", "HubSpot" above a position) are not
// skills. In the experience section, the one part of a position's heading that is nothing but a
// skill's name is taken for the employer and dropped before skills are looked for, and so is such a
// name alone on a line next to a position. A heading naming several skills lists a stack and keeps
// them; titles ("Java Developer") and sentences about the work always count.

/** What separates a position heading's parts: "Engineer at Acme", "Engineer — Acme, Berlin", "Acme | Engineer". */
export const positionParts = /\s+(?:at|@|в|—|–|-|\|)\s+|,\s+|\s*\|\s*/u;
const bullet = /^[-–—•·▪●*]/u;
const legalForm = /[\s,]+(?:inc|llc|ltd|gmbh|ag|plc|corp|corporation|co|s\.?a|se|oy|ab|bv|limited|technologies)\.?$/iu;

/** The skill a part of a heading is the very name of, once a legal form is taken off ("Dropbox, Inc."). */
function employerLike(part: string): boolean {
  if (looksLikeJobTitle(part)) return false;
  const name = part.replace(legalForm, "").trim();
  return name.length > 0 && skillNamed(name) !== null;
}

/** A position heading's parts (dates and brackets aside): a title among short parts, not a sentence. */
function headingParts(line: string): string[] | null {
  const text = withoutDateRanges(line.replace(/\([^)]*\)/g, " ")).replace(legalForm, "").trim();
  if (!text || text.length > 90 || bullet.test(line) || /[.!?;:]$/.test(text)) return null;
  const pieces = text.split(positionParts).map((p) => p.trim()).filter(Boolean);
  return pieces.length >= 2 && pieces.some(looksLikeJobTitle) ? pieces : null;
}

/**
 * The experience section's lines as skills should read them: a position's heading without its
 * employer, an employer's line next to a position emptied. Lines not changed are not in the map.
 */
export function positionsWithoutEmployers(experience: readonly string[], now = new Date()): Map<string, string> {
  const changed = new Map<string, string>();
  const isPosition = experience.map((line) => headingParts(line) !== null || looksLikeJobTitle(withoutDateRanges(line)) || dateRangesIn(line, now).length > 0);
  experience.forEach((line, i) => {
    const pieces = headingParts(line);
    if (pieces) {
      const employers = pieces.filter(employerLike);
      if (employers.length !== 1) return;
      const stacks = [...line.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]);
      changed.set(line, [...pieces.filter((p) => p !== employers[0]), ...stacks].join(", "));
      return;
    }
    const bare = withoutDateRanges(line);
    if (!bullet.test(line) && bare.split(/\s+/).length <= 4 && employerLike(bare) && (isPosition[i - 1] || isPosition[i + 1])) changed.set(line, "");
  });
  return changed;
}
