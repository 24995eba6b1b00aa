import type { ApplicationStage } from "@/lib/applications/stages";
import type { ApplicationItem, ApplicationsPage } from "./api";

/** Every query of the pipeline board starts with this; one job's board or "all" jobs is the scope. */
export const pipelineKey = (scope: string) => ["pipeline", scope] as const;
export const stagePageKey = (scope: string, stage: ApplicationStage, page: number) => ["pipeline", scope, stage, page] as const;

export type StagePageKey = ReturnType<typeof stagePageKey>;

export type Move = {
  item: ApplicationItem;
  from: ApplicationStage;
  to: ApplicationStage;
  at: Date;
  /** Put the item back exactly as it was (undoing a refused move) rather than as freshly moved. */
  keep?: boolean;
};

/**
 * One cached column page after a move, before the server has answered: the card leaves every
 * page of its old column and heads the first page of the new one; both columns' totals follow.
 */
export function pageAfterMove(key: StagePageKey, data: ApplicationsPage, move: Move): ApplicationsPage {
  const [, , stage, page] = key;
  let rows = data.data.filter((row) => row.id !== move.item.id);
  let total = data.total;
  if (stage === move.from && stage !== move.to) total = Math.max(0, total - 1);
  if (stage === move.to && stage !== move.from) {
    total += 1;
    if (page === 1) rows = [move.keep ? move.item : { ...move.item, stage: move.to, stage_changed_at: move.at.toISOString(), stale_since: null }, ...rows];
  }
  return { ...data, data: rows, total, total_pages: Math.max(1, Math.ceil(total / data.limit)) };
}

/** Whole days since a time, as the card's "time in stage". */
export function daysSince(iso: string | null, now: Date): number {
  if (!iso) return 0;
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000));
}

export function describeDays(days: number): string {
  if (days === 0) return "Today";
  if (days < 14) return `${days} ${days === 1 ? "day" : "days"} in stage`;
  return `${Math.floor(days / 7)} weeks in stage`;
}

/** The stale flag's words, e.g. "No reply for 3 weeks", counted from the last move. */
export function describeStale(stageChangedAt: string | null, now: Date): string {
  const days = daysSince(stageChangedAt, now);
  return days >= 14 ? `No reply for ${Math.floor(days / 7)} weeks` : `No reply for ${days} days`;
}
