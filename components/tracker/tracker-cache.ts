import type { ApplicationStage } from "@/lib/applications/stages";
import type { TrackerItem, TrackerPage } from "./api";

export type TrackerMove = { item: TrackerItem; from: ApplicationStage; to: ApplicationStage; at: Date; note?: string };

/**
 * One cached column page of the seeker's board after a move, before the server answers: the
 * card leaves its old column and heads the first page of the new one; totals follow. Undoing a
 * refused move is the same call with from and to swapped and `restore` (the card as it was).
 */
export function trackerPageAfterMove(stage: ApplicationStage, page: number, data: TrackerPage, move: TrackerMove, restore = false): TrackerPage {
  let rows = data.data.filter((row) => row.id !== move.item.id);
  let total = data.total;
  if (stage === move.from && stage !== move.to) total = Math.max(0, total - 1);
  if (stage === move.to && stage !== move.from) {
    total += 1;
    if (page === 1) rows = [restore ? move.item : { ...move.item, stage: move.to, stage_changed_at: move.at.toISOString(), stale_since: null }, ...rows];
  }
  return { ...data, data: rows, total, total_pages: Math.max(1, Math.ceil(total / data.limit)) };
}
