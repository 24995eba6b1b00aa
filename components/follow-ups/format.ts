import type { FollowUpView } from "@/lib/follow-ups/serialize";

export const statusLabels: Record<FollowUpView["status"], string> = { planned: "Planned", due: "Due", done: "Done", skipped: "Skipped", cancelled: "Cancelled" };
export const statusTones = { planned: "slate", due: "amber", done: "green", skipped: "slate", cancelled: "slate" } as const;
export const kindLabels: Record<FollowUpView["kind"], string> = { sequence: "Follow-up", thank_you: "Thank-you note", manual: "Reminder" };

/** "Tue 3 Nov, 09:00": in the reader's own time zone, as they plan their day. */
export function dueLabel(iso: string | null): string {
  if (!iso) return "";
  return new Date(iso).toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

/** The value a datetime-local input shows for an instant, in the reader's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const isOpenFollowUp = (f: Pick<FollowUpView, "status">) => f.status === "planned" || f.status === "due";
