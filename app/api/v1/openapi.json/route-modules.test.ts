import { describe, expect, it } from "vitest";
import { routeTemplates } from "@/lib/http/route-templates";
import { exportedMethods } from "@/lib/openapi/document";
import { apiRouteModules } from "./route-modules";

describe("the route modules the OpenAPI document reads", () => {
  it("are exactly the /api/v1 route templates", () => {
    const v1 = routeTemplates.filter((t) => t.startsWith("/api/v1/"));
    expect(v1.length).toBeGreaterThan(40);
    expect(apiRouteModules.map((r) => r.template).sort()).toEqual([...v1].sort());
  });

  it("each export at least one HTTP method", () => {
    expect(apiRouteModules.length).toBeGreaterThan(0);
    for (const { template, module } of apiRouteModules) expect(exportedMethods(module), template).not.toEqual([]);
  });
});
