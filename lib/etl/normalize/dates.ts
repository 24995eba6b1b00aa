/**
 * A Date from what sources send: ISO 8601 with "Z", "+03:00" or HeadHunter's colon-less
 * "+0300", or epoch seconds / milliseconds. Null for anything unreadable.
 */
export function parseSourceDate(value: string | number | null | undefined): Date | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    // Epoch seconds stay below 1e11 until the year 5138; Lever sends milliseconds.
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const withColonOffset = value.trim().replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const date = new Date(withColonOffset);
  return Number.isNaN(date.getTime()) ? null : date;
}
