import { describe, expect, it } from "vitest";
import { externalJobInput, externalJobPrefill } from "./external-job-input";

describe("externalJobInput", () => {
  it("accepts an http(s) job with only a title required, empty fields as null", () => {
    expect(externalJobInput.parse({ url: " https://jobs.example/42 ", title: " Data Analyst ", company: "", location: "Rotterdam" })).toEqual({
      url: "https://jobs.example/42",
      title: "Data Analyst",
      company: null,
      location: "Rotterdam",
      description: null,
    });
  });

  it("refuses a non-http link and a missing title with messages per field", () => {
    const result = externalJobInput.safeParse({ url: "javascript:alert(1)", title: "  " });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths.sort()).toEqual(["title", "url"]);
  });
});

describe("externalJobPrefill", () => {
  it("reads the bookmarklet's query and drops what cannot be used instead of failing", () => {
    expect(externalJobPrefill.parse({ title: "QA", url: "javascript:alert(1)", company: ["a", "b"], extra: "x" })).toEqual({ title: "QA", company: "", location: "", url: "", description: "" });
  });
});
