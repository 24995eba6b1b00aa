import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { apiDocument } from "@/app/api/v1/openapi.json/document";
import { ApiReference, type ReferenceDocument } from "./api-reference";

describe("the API reference page's body", () => {
  const document = apiDocument() as unknown as ReferenceDocument;
  const html = renderToStaticMarkup(createElement(ApiReference, { document }));

  it("has a section per tag and an openable entry per operation, with its summary", () => {
    const operations = Object.values(document.paths).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThan(50);
    for (const tag of document.tags) expect(html).toContain(`id="tag-${tag.name}"`);
    for (const op of operations) {
      expect(html).toContain(`<details id="${op.operationId}"`);
      expect(html).toContain(op.summary.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/</g, "&lt;"));
    }
  });

  it("shows parameters, body fields, response fields and errors of an operation", () => {
    const start = html.indexOf('<details id="postApplications"');
    const entry = html.slice(start, html.indexOf("</details>", start));
    expect(entry).toContain("Request body (application/json)");
    expect(entry).toContain(">job_id<");
    expect(entry).toContain("201 response (application/json)");
    expect(entry).toContain(">409<");
    const list = html.slice(html.indexOf('<details id="getJobs"'));
    expect(list.slice(0, list.indexOf("</details>"))).toMatch(/>cursor<[\s\S]*>data\[\]\.salary\.currency</);
  });
});
