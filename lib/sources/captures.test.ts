import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceTypes } from "../etl/canonical";
import { SourceFormatError } from "./errors";
import { connectors } from "./index";
import { readSample, sourceSamplesDir } from "./test-fixtures";
import type { RawPage } from "./types";

const dir = sourceSamplesDir();
const captures = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(path.join(dir, folder.name))
      .filter((file) => file.endsWith(".json"))
      .map((file) => ({ source: folder.name, file })),
  );

describe("every captured response", () => {
  it("is in a folder named after a connector", () => {
    expect(captures.length).toBeGreaterThanOrEqual(8);
    for (const { source } of captures) expect(sourceTypes).toContain(source);
  });

  it.each(captures)("$source/$file transforms every record, or is refused whole as an error body", ({ source, file }) => {
    const connector = connectors[source as keyof typeof connectors];
    const body = readSample(`${source}/${file}`);
    const page: RawPage = { resource: "jobs", url: `capture:${file}`, params: {}, status: 200, headers: {}, body, fetchedAt: new Date() };
    let records: unknown[];
    if (Array.isArray(body) && source !== "lever") {
      // A bare list of records some collecting script saved (the HeadHunter items).
      records = body;
    } else if (file.includes("error")) {
      expect(() => connector.recordsOf(page)).toThrow(SourceFormatError);
      return;
    } else {
      records = connector.recordsOf(page);
    }
    expect(records.length).toBeGreaterThan(0);
    const failures = records.map((record) => connector.transform(record)).filter((result) => !result.ok);
    expect(failures).toEqual([]);
  });
});
