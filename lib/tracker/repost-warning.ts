import type { RepostedApplication } from "./queries";

/** "You applied to this job at Bluefin on 3 Nov via JSearch." — the question the Save button asks first. */
export function repostWarning(repost: Pick<RepostedApplication, "stage" | "since" | "company" | "source">, now = new Date()): string {
  const sameYear = repost.since.getUTCFullYear() === now.getUTCFullYear();
  const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: sameYear ? undefined : "numeric", timeZone: "UTC" }).format(repost.since);
  const verb = repost.stage === "saved" ? "saved" : "applied to";
  return `You ${verb} this job${repost.company ? ` at ${repost.company}` : ""} on ${day}${repost.source ? ` via ${repost.source}` : ""}.`;
}
