import type { PageResponse } from "@/lib/http/pagination";
import type { InterviewView } from "@/lib/interviews/serialize";

export type { InterviewView };
export type InterviewPage = PageResponse<InterviewView>;

export const interviewKeys = {
  all: ["interviews"] as const,
  forApplication: (applicationId: string) => ["interviews", "application", applicationId] as const,
  upcoming: ["interviews", "upcoming"] as const,
};

/** "Tue 10 Mar 2027, 09:30–11:00" in the viewer's zone, and the interview's own zone when it differs. */
export function formatInterviewTime(interview: Pick<InterviewView, "starts_at" | "ends_at" | "time_zone">, viewerZone?: string): { local: string; planned: string | null } {
  const zone = viewerZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const day = new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const time = new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: "2-digit", minute: "2-digit" });
  const start = new Date(interview.starts_at);
  const end = new Date(interview.ends_at);
  const local = `${day.format(start)}, ${time.format(start)}–${time.format(end)}`;
  if (interview.time_zone === zone) return { local, planned: null };
  const there = new Intl.DateTimeFormat(undefined, { timeZone: interview.time_zone, hour: "2-digit", minute: "2-digit", timeZoneName: "short" });
  return { local, planned: `${there.format(start)} in ${interview.time_zone.replaceAll("_", " ")}` };
}
