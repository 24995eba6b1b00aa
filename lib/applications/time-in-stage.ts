import type { ApplicationStage } from "@/db/schema";

const dayMs = 86_400_000;

/** Whole and fractional days between two instants, never negative, to one decimal. */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round(((to.getTime() - from.getTime()) / dayMs) * 10) / 10);
}

/**
 * Days spent in each stage from the history (oldest first): each event's stage lasts until the
 * next event, the last one until `now`. A stage visited twice (rejected, then back) adds up.
 */
export function daysPerStage(history: { toStage: ApplicationStage; createdAt: Date }[], now: Date): Partial<Record<ApplicationStage, number>> {
  const totals: Partial<Record<ApplicationStage, number>> = {};
  history.forEach((event, i) => {
    const end = history[i + 1]?.createdAt ?? now;
    totals[event.toStage] = Math.round(((totals[event.toStage] ?? 0) + daysBetween(event.createdAt, end)) * 10) / 10;
  });
  return totals;
}
