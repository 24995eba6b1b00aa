import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { routeTemplates, templateFor } from "./route-templates";

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

function templateOf(file: string): string {
  const parts = relative("app", file).split(sep).slice(0, -1);
  const segments = parts
    .filter((part) => !/^\(.*\)$/.test(part))
    .map((part) => part.replace(/^\[\.\.\.(\w+)\]$/, "{$1*}").replace(/^\[(\w+)\]$/, "{$1}"));
  return "/" + segments.join("/");
}

describe("route templates", () => {
  it("lists exactly the route handlers under app/", () => {
    const onDisk = routeFiles("app").map(templateOf).sort();
    expect([...routeTemplates].sort()).toEqual(onDisk);
  });

  it("maps paths to their template, literals before parameters", () => {
    expect(templateFor("/api/v1/jobs")).toBe("/api/v1/jobs");
    expect(templateFor("/api/v1/jobs/3f1c0b9e-1111-4222-8333-444455556666")).toBe("/api/v1/jobs/{id}");
    expect(templateFor("/api/v1/jobs/abc/close")).toBe("/api/v1/jobs/{id}/close");
    expect(templateFor("/api/v1/match/jd")).toBe("/api/v1/match/jd");
    expect(templateFor("/api/v1/sync/runs")).toBe("/api/v1/sync/runs");
    expect(templateFor("/api/auth/callback/credentials")).toBe("/api/auth/{nextauth*}");
    expect(templateFor("/api/v1/nothing/here/at/all")).toBe("other");
  });
});
