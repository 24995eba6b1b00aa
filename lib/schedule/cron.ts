import { Cron } from "croner";
import { ValidationError } from "@/lib/errors";

// The one cron reader for source schedules and the runner's cron triggers (Inngest syntax).
const pattern = /^\s*(?:TZ=(\S+)\s+)?(\S.*?)\s*$/;

/** A paused croner job for `expression`; times are UTC unless it starts with "TZ=Area/City ". */
export function parseCron(expression: string): Cron {
  const match = pattern.exec(expression);
  if (!match) throw new ValidationError(`"${expression}" is not a cron expression.`);
  try {
    // croner only notices an unknown zone when it computes a time; Intl refuses it up front.
    if (match[1]) new Intl.DateTimeFormat("en-US", { timeZone: match[1] });
    return new Cron(match[2], { timezone: match[1] ?? "UTC", paused: true });
  } catch (err) {
    throw new ValidationError(`"${expression}" is not a valid cron expression: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The first time `expression` fires strictly after `after`, or null when it never will. */
export function nextCronRun(expression: string, after: Date): Date | null {
  return parseCron(expression).nextRun(after);
}
