import { describe, expect, it } from "vitest";
import { exportHref } from "./href";

describe("exportHref", () => {
  it("carries the page's filters, drops empty ones and the paging, and names the format", () => {
    expect(exportHref("jobs", "csv", { q: "data engineer", remote: "true", location: "", page: "3", cursor: "abc", limit: "50" })).toBe("/api/v1/jobs/export?q=data+engineer&remote=true&format=csv");
    expect(exportHref("matches", "json", { job_id: undefined, min_score: "0.8", format: "csv" })).toBe("/api/v1/matches/export?min_score=0.8&format=json");
    expect(exportHref("applications", "csv", {})).toBe("/api/v1/applications/export?format=csv");
  });
});
