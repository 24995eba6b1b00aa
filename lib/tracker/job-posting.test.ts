import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractJobPosting, prefillQuery, type PostingFields } from "./job-posting";

const fixture = (name: string) => readFileSync(`tests/fixtures/json-ld/${name}`, "utf8");
const organisationBlock = JSON.stringify({ "@context": "https://schema.org", "@type": "Organization", name: "Not a job" });

describe("extractJobPosting", () => {
  it("reads nested organisation and address, and turns an HTML-escaped description into text", () => {
    const posting = extractJobPosting([organisationBlock, fixture("escaped-html-description.json")], "https://bluefin.example/careers/go?ref=x");
    expect(posting).toEqual({
      title: "Senior Go Engineer",
      company: "Bluefin",
      location: "Berlin, DE",
      url: "https://bluefin.example/careers/go?ref=x",
      description: "Bluefin builds payment rails for Europe.\n\n- Go & PostgreSQL\n- On-call 1 week in 6",
    });
  });

  it("finds the posting inside @graph, resolves its relative url and lists every location", () => {
    const posting = extractJobPosting([fixture("graph-with-webpage.json")], "https://careers.example/jobs/42");
    expect(posting).toMatchObject({
      title: "Data Analyst",
      company: "Harbor Logistics",
      location: "Rotterdam, NL; Antwerp, BE; remote possible",
      url: "https://careers.example/jobs/42?utm_source=site",
    });
    expect(posting?.description).toBe("Turn shipment data into decisions.\nYou know SQL and Python.\nHybrid: 3 days in the office.");
  });

  it("finds the posting in a top-level array with a full-IRI type, a plain-text organisation and remote-only location", () => {
    const posting = extractJobPosting([fixture("array-with-breadcrumbs.json")], "https://jobs.example/frontend");
    expect(posting).toEqual({
      title: "Frontend Developer (React)",
      company: "Tidewater Studio",
      location: "Remote (United Kingdom)",
      url: "https://jobs.example/frontend",
      description: "Build our design system in React & TypeScript. Fully remote within the UK.",
    });
  });

  it("skips broken blocks and returns null when no block holds a JobPosting", () => {
    expect(extractJobPosting(["{not json", organisationBlock], "https://example.com/")).toBeNull();
    expect(extractJobPosting(["{not json", fixture("array-with-breadcrumbs.json")], "https://example.com/")?.title).toBe("Frontend Developer (React)");
  });

  it("never keeps a non-http url from the posting", () => {
    const block = JSON.stringify({ "@type": "JobPosting", title: "QA", url: "javascript:alert(1)" });
    expect(extractJobPosting([block], "https://jobs.example/qa")?.url).toBe("https://jobs.example/qa");
  });
});

describe("prefillQuery", () => {
  const fields: PostingFields = { title: "Data Analyst", company: "Harbor & Co", location: "Rotterdam, NL", url: "https://careers.example/jobs/42", description: "Short." };

  it("encodes every non-empty field", () => {
    const params = new URLSearchParams(prefillQuery({ ...fields, location: "" }, 6000));
    expect(Object.fromEntries(params)).toEqual({ title: "Data Analyst", company: "Harbor & Co", url: "https://careers.example/jobs/42", description: "Short." });
  });

  it("cuts a long multi-byte description to fit the limit, marks the cut and never splits a character", () => {
    const description = "Ünïcödé 🚢 ".repeat(2000);
    const query = prefillQuery({ ...fields, description }, 3000);
    expect(query.length).toBeLessThanOrEqual(3000);
    const kept = new URLSearchParams(query).get("description")!;
    expect(kept.endsWith("…")).toBe(true);
    expect(kept.length).toBeGreaterThan(200);
    expect(description.startsWith(kept.slice(0, -1))).toBe(true);
    expect(new URLSearchParams(query).get("title")).toBe("Data Analyst");
  });
});
