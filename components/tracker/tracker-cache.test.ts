import { describe, expect, it } from "vitest";
import type { TrackerItem, TrackerPage } from "./api";
import { trackerPageAfterMove } from "./tracker-cache";

const item = (id: string, stage: TrackerItem["stage"]) => ({ id, stage, stage_changed_at: "2026-11-01T00:00:00.000Z", stale_since: "2026-11-22T00:00:00.000Z", job_title: id }) as TrackerItem;
const page = (rows: TrackerItem[], total = rows.length): TrackerPage => ({ data: rows, page: 1, limit: 2, total, total_pages: Math.ceil(total / 2), next_cursor: null, total_is_estimate: false }) as unknown as TrackerPage;

describe("trackerPageAfterMove", () => {
  const moving = item("a", "saved");
  const move = { item: moving, from: "saved" as const, to: "applied" as const, at: new Date("2026-12-02T08:00:00Z") };

  it("takes the card out of its column and puts it, freshly moved, at the top of the new one", () => {
    expect(trackerPageAfterMove("saved", 1, page([moving, item("b", "saved")]), move)).toMatchObject({ data: [{ id: "b" }], total: 1, total_pages: 1 });
    const applied = trackerPageAfterMove("applied", 1, page([item("c", "applied"), item("d", "applied")], 3), move);
    expect(applied.total).toBe(4);
    expect(applied.total_pages).toBe(2);
    expect(applied.data[0]).toMatchObject({ id: "a", stage: "applied", stage_changed_at: "2026-12-02T08:00:00.000Z", stale_since: null });
    expect(trackerPageAfterMove("applied", 2, page([item("e", "applied")], 3), move).data.map((r) => r.id)).toEqual(["e"]);
  });

  it("undoes a refused move with the card exactly as it was", () => {
    const undo = { ...move, from: "applied" as const, to: "saved" as const };
    expect(trackerPageAfterMove("saved", 1, page([item("b", "saved")]), undo, true).data[0]).toEqual(moving);
  });
});
