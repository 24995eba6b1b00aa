/** HeadHunter's dates: "2024-07-01T07:48:25+0300" (no colon in the offset), to the second. */

const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/;

/** Milliseconds since the epoch, or undefined for anything that is not an HH-style date. */
export function parseHhDate(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  if (dateOnly.test(text)) {
    // A bare date is a Moscow calendar day, as on hh.ru.
    const midnightUtc = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(midnightUtc) ? undefined : midnightUtc - MOSCOW_OFFSET_MS;
  }
  const match = dateTime.exec(text);
  if (!match) return undefined;
  const [, local, offset] = match;
  const normalisedOffset = offset === "Z" ? "Z" : `${offset.slice(0, 3)}:${offset.slice(-2)}`;
  const time = Date.parse(`${local}${normalisedOffset}`);
  return Number.isNaN(time) ? undefined : time;
}

/** The form HH accepts for date_from/date_to: Moscow time to the second, "+0300" offset. */
export function formatHhDate(time: number): string {
  return `${new Date(time + MOSCOW_OFFSET_MS).toISOString().slice(0, 19)}+0300`;
}

export const floorToSecond = (time: number): number => Math.floor(time / 1000) * 1000;
export const ceilToSecond = (time: number): number => Math.ceil(time / 1000) * 1000;
