import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bookmarkletHref } from "./bookmarklet";

/** Runs the bookmarklet's code the way a browser would, on a fake page, and returns the URL it opens. */
function runOn(page: { url: string; title: string; jsonLd: string[] }, href: string) {
  expect(href.startsWith("javascript:")).toBe(true);
  const code = decodeURIComponent(href.slice("javascript:".length));
  const opened: Array<{ url: string; target: string; features: string }> = [];
  const document = {
    title: page.title,
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('script[type="application/ld+json"]');
      return page.jsonLd.map((textContent) => ({ textContent }));
    },
  };
  const window = { open: (url: string, target: string, features: string) => opened.push({ url, target, features }) };
  // A fresh function scope: the code can reach only browser globals, as on a stranger's page.
  new Function("document", "location", "window", code)(document, { href: page.url }, window);
  expect(opened).toHaveLength(1);
  return opened[0];
}

describe("bookmarkletHref", () => {
  it("opens the prefilled form on our origin from the page's JSON-LD, in a new tab without an opener", () => {
    const jsonLd = [readFileSync("tests/fixtures/json-ld/escaped-html-description.json", "utf8")];
    const opened = runOn({ url: "https://bluefin.example/careers/go", title: "Careers", jsonLd }, bookmarkletHref("https://hireflow.example/"));
    const url = new URL(opened.url);
    expect(url.origin + url.pathname).toBe("https://hireflow.example/portal/applications/new");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ title: "Senior Go Engineer", company: "Bluefin", location: "Berlin, DE", url: "https://bluefin.example/careers/go" });
    expect(url.searchParams.get("description")).toContain("- Go & PostgreSQL");
    expect([opened.target, opened.features]).toEqual(["_blank", "noopener"]);
  });

  it("falls back to the page title and URL on a page without a JobPosting", () => {
    const opened = runOn({ url: "https://example.com/some-job", title: "Some job – Example", jsonLd: [] }, bookmarkletHref("http://127.0.0.1:3100"));
    expect(Object.fromEntries(new URL(opened.url).searchParams)).toEqual({ title: "Some job – Example", url: "https://example.com/some-job" });
  });

  it("keeps the opened URL short enough for the server on a huge description", () => {
    const block = JSON.stringify({ "@type": "JobPosting", title: "Writer", description: "<p>word </p>".repeat(20_000) });
    const opened = runOn({ url: "https://example.com/w", title: "", jsonLd: [block] }, bookmarkletHref("http://localhost:3000"));
    expect(opened.url.length).toBeLessThan(6100);
  });
});
