// Wall-clock times in an IANA zone, with the zone data Node already carries (Intl): no library needed.

/** True when the runtime knows the IANA zone name (so Intl, and calendar clients, can place it). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function wallTimeIn(instant: Date, zone: string): WallTime {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get("year"), month: get("month"), day: get("day"), hour: get("hour"), minute: get("minute"), second: get("second") };
}

/** The zone's offset from UTC at that instant, in milliseconds (east positive). */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const w = wallTimeIn(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names. In a DST gap the time is moved forward by the
 * gap (02:30 that never happens becomes 03:30); in an overlap the earlier instant is taken.
 */
export function instantFromWallTime(wall: { year: number; month: number; day: number; hour: number; minute: number; second?: number }, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = zoneOffsetMs(new Date(asUtc - 86_400_000 / 2), zone);
  const after = zoneOffsetMs(new Date(asUtc + 86_400_000 / 2), zone);
  // Try the earlier offset first: in an overlap it gives the first occurrence.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = new Date(asUtc - offset);
    if (zoneOffsetMs(candidate, zone) === offset) return candidate;
  }
  return new Date(asUtc - Math.min(before, after));
}

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** `2027-03-10T09:00` (no offset) read as a wall time in `zone`; null when it is not that shape. */
export function parseLocalDateTime(text: string, zone: string): Date | null {
  const m = localDateTime.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  return instantFromWallTime({ year, month, day, hour, minute, second }, zone);
}

/** `2027-03-10T09:00` for an instant as seen in `zone` (what a datetime-local input shows). */
export function toLocalDateTimeInput(instant: Date, zone: string): string {
  const w = wallTimeIn(instant, zone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** Midnight-based calendar arithmetic in the zone: the instant of `hour`:00 on the day after `instant`'s local day. */
export function nextDayAt(instant: Date, zone: string, hour: number): Date {
  const w = wallTimeIn(instant, zone);
  const nextDay = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return instantFromWallTime({ year: nextDay.getUTCFullYear(), month: nextDay.getUTCMonth() + 1, day: nextDay.getUTCDate(), hour, minute: 0 }, zone);
}
