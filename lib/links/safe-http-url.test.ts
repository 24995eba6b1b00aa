import { describe, expect, it } from "vitest";
import { canonicalJobSchema } from "@/lib/etl/canonical";
import { safeHttpUrl } from "./safe-http-url";

describe("safeHttpUrl", () => {
  it("keeps http and https URLs", () => {
    expect(safeHttpUrl("https://jobs.example/apply?id=1")).toBe("https://jobs.example/apply?id=1");
    expect(safeHttpUrl(" http://jobs.example ")).toBe("http://jobs.example");
  });

  it("drops every other scheme and anything that is not a URL", () => {
    for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>x</script>", "vbscript:x", "file:///etc/passwd", "//evil.example", "/relative", "not a url", "", null, undefined]) {
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    }
  });

  it("is applied to every job a connector maps: a javascript: apply_url becomes null", () => {
    const job = canonicalJobSchema.parse({
      externalId: "1",
      title: "Engineer",
      description: "",
      companyName: "Acme",
      companyWebsite: "javascript:alert(document.cookie)",
      applyUrl: "javascript:alert(document.cookie)",
      location: { display: null, city: null, region: null, countryCode: null, remote: false },
      salary: null,
      employmentType: null,
      level: null,
      internship: false,
      skills: [],
      postedAt: null,
      sourceUpdatedAt: null,
    });
    expect(job.applyUrl).toBeNull();
    expect(job.companyWebsite).toBeNull();
  });
});
