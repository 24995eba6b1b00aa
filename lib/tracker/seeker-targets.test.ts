import { describe, expect, it } from "vitest";
import { seekerTargets } from "./seeker-targets";

describe("seekerTargets", () => {
  const catalogue = { job_id: "7f0c8e1a-0000-4000-8000-000000000001" };
  const elsewhere = { job_id: null };

  it("lets a seeker save, apply and withdraw on a catalogue job, and nothing once the recruiter has it past applied", () => {
    expect(seekerTargets(catalogue, "saved")).toEqual(["applied", "withdrawn"]);
    expect(seekerTargets(catalogue, "applied")).toEqual(["withdrawn"]);
    expect(seekerTargets(catalogue, "interviewing")).toEqual(["withdrawn"]);
    expect(seekerTargets(catalogue, "withdrawn")).toEqual([]);
  });

  it("lets them move a job found elsewhere along the whole pipeline", () => {
    expect(seekerTargets(elsewhere, "applied")).toEqual(["screening", "interview_scheduled", "interviewing", "offer", "rejected", "withdrawn"]);
    expect(seekerTargets(elsewhere, "offer")).toContain("hired");
  });
});
