import { describe, expect, it } from "vitest";
import type { ApplicationItem, ApplicationsPage } from "./api";
import { describeDays, describeStale, pageAfterMove, stagePageKey } from "./board-cache";

const item = (id: string, stage: ApplicationItem["stage"] = "applied"): ApplicationItem => ({
  id,
  stage,
  stage_changed_at: "2026-11-01T10:00:00.000Z",
  stale_since: "2026-11-22T10:00:00.000Z",
  candidate_id: `c-${id}`,
  candidate_name: `Candidate ${id}`,
  job_id: "j1",
  job_title: "Data engineer",
  company_name: "Bluefin",
  external_job: null,
  notes: null,
  contacts: [],
  created_at: "2026-11-01T10:00:00.000Z",
  updated_at: "2026-11-01T10:00:00.000Z",
});
const page = (rows: ApplicationItem[], total: number, pageNo = 1): ApplicationsPage => ({
  data: rows,
  page: pageNo,
  limit: 2,
  total,
  total_is_estimate: false,
  total_pages: Math.ceil(total / 2),
  next_cursor: null,
});
const at = new Date("2026-12-02T08:00:00.000Z");
const move = { item: item("a1"), from: "applied", to: "interview_scheduled", at } as const;

describe("pageAfterMove", () => {
  it("takes the card out of its old column and lowers that column's total", () => {
    const after = pageAfterMove(stagePageKey("all", "applied", 1), page([item("a1"), item("a2")], 3), move);
    expect(after.data.map((r) => r.id)).toEqual(["a2"]);
    expect(after.total).toBe(2);
    expect(after.total_pages).toBe(1);
  });

  it("puts the card first in the new column, in its new stage, no longer stale", () => {
    const after = pageAfterMove(stagePageKey("all", "interview_scheduled", 1), page([item("b1", "interview_scheduled")], 1), move);
    expect(after.data.map((r) => r.id)).toEqual(["a1", "b1"]);
    expect(after.data[0]).toMatchObject({ stage: "interview_scheduled", stage_changed_at: at.toISOString(), stale_since: null });
    expect(after.total).toBe(2);
  });

  it("counts the card on later pages of the new column without adding it there", () => {
    const after = pageAfterMove(stagePageKey("all", "interview_scheduled", 2), page([item("b3", "interview_scheduled")], 3, 2), move);
    expect(after.data.map((r) => r.id)).toEqual(["b3"]);
    expect(after.total).toBe(4);
  });

  it("puts a refused card back as it was", () => {
    const original = item("a1");
    const undo = { item: original, from: "interview_scheduled", to: "applied", at, keep: true } as const;
    const after = pageAfterMove(stagePageKey("all", "applied", 1), page([item("a2")], 1), undo);
    expect(after.data[0]).toEqual(original);
    expect(after.total).toBe(2);
  });

  it("leaves an unrelated column alone", () => {
    const before = page([item("s1", "screening")], 1);
    expect(pageAfterMove(stagePageKey("all", "screening", 1), before, move)).toEqual(before);
  });
});

describe("time in stage words", () => {
  it("says days, then weeks", () => {
    expect(describeDays(0)).toBe("Today");
    expect(describeDays(1)).toBe("1 day in stage");
    expect(describeDays(22)).toBe("3 weeks in stage");
    expect(describeStale("2026-11-10T08:00:00.000Z", at)).toBe("No reply for 3 weeks");
  });
});
