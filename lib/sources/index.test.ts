import { describe, expect, it } from "vitest";
import { sourceTypes } from "../etl/canonical";
import { connectors } from "./index";
import { lamodaPlacement } from "./lamoda/test-records";

const exampleConfigs = {
  adzuna: { country: "gb", what: "developer", where: "London", results_per_page: 50, max_pages: 3 },
  jsearch: { query: "developer jobs in chicago", country: "us", num_pages: 1 },
  hh: { text: "python", area: "1", per_page: 100, max_pages: 5 },
  greenhouse: { board_token: "acme" },
  lever: { site: "acme" },
  lamoda: { resources: ["jobs", "candidates", "placements"] },
} as const;

describe("connector registry", () => {
  it("each connector declares the resources it serves, each with its transformer", () => {
    for (const type of sourceTypes) expect(Object.keys(connectors[type].resources), type).toContain("jobs");
    expect(Object.keys(connectors.lamoda.resources).sort()).toEqual(["candidates", "jobs", "placements"]);
    expect(Object.keys(connectors.adzuna.resources)).toEqual(["jobs"]);
    expect(connectors.lamoda.resources.placements?.transform(lamodaPlacement())).toMatchObject({ ok: true, item: { status: "interviewing" } });
    expect(connectors.lamoda.resources.candidates?.transform({})).toMatchObject({ ok: false });
  });

  it("has one connector per source type, each knowing its own type", () => {
    expect(Object.keys(connectors).sort()).toEqual([...sourceTypes].sort());
    for (const type of sourceTypes) expect(connectors[type].type).toBe(type);
  });

  it.each(sourceTypes)("%s has an https default base URL and a base-URL env variable", (type) => {
    const connector = connectors[type];
    expect(new URL(connector.defaultBaseUrl).protocol).toBe("https:");
    expect(connector.baseUrlEnv).toMatch(/^[A-Z_]+_BASE_URL$/);
  });

  it.each(sourceTypes)("%s accepts a config in the API's own terms and refuses junk", (type) => {
    const schema = connectors[type].configSchema;
    expect(schema.safeParse(exampleConfigs[type]).success).toBe(true);
    expect(schema.safeParse({ per_page: "many", resources: "all", country: 1, query: 2, site: "a b", board_token: "" }).success).toBe(false);
  });
});
