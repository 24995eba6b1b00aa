import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { exportedMethods } from "@/lib/openapi/document";
import { callJson } from "@/tests/api";
import { apiDocument } from "./document";
import { GET } from "./route";
import { apiRouteModules } from "./route-modules";

type Operation = { operationId: string; parameters: Array<{ name: string; in: string }>; responses: Record<string, { content?: Record<string, { schema: unknown }> }>; security?: unknown[]; requestBody?: unknown };

const document = apiDocument();
const paths = document.paths as Record<string, Record<string, Operation>>;

describe("GET /api/v1/openapi.json", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
    expect(result.specification).toBe("OpenAPI");
    expect(document.openapi).toBe("3.1.0");
  });

  it("lists every /api/v1 template with every method its module exports, and nothing else", () => {
    expect(apiRouteModules.length).toBeGreaterThan(40);
    const expected = apiRouteModules.flatMap(({ template, module }) => exportedMethods(module).map((m) => `${m.toLowerCase()} ${template}`)).sort();
    const listed = Object.entries(paths)
      .flatMap(([template, operations]) => Object.keys(operations).map((m) => `${m} ${template}`))
      .sort();
    expect(listed).toEqual(expected);
  });

  it("gives each operation a success response with a schema or a media type, and the shared error body", () => {
    for (const [template, operations] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(operations)) {
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith("2"));
        expect(success, `${method} ${template}`).toHaveLength(1);
        expect(Object.keys(success[0][1].content ?? {}), `${method} ${template}`).not.toEqual([]);
        for (const [status, response] of Object.entries(op.responses).filter(([s]) => !s.startsWith("2"))) {
          expect(response.content?.["application/json"]?.schema, `${method} ${template} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        }
        for (const [, name] of template.matchAll(/\{(\w+)\}/g)) expect(op.parameters.some((p) => p.in === "path" && p.name === name), `${template} {${name}}`).toBe(true);
      }
    }
  });

  it("documents query parameters, bodies and who may call", () => {
    const listJobs = paths["/api/v1/jobs"].get;
    expect(listJobs.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["q", "page", "limit", "cursor"]));
    expect(paths["/api/v1/jobs"].post.requestBody).toMatchObject({ required: true, content: { "application/json": { schema: { type: "object" } } } });
    expect(paths["/api/v1/resumes/parse"].post.requestBody).toMatchObject({ content: { "multipart/form-data": { schema: { properties: { file: { format: "binary" } } } } } });
    expect(paths["/api/v1/webhooks/lamoda"].post.security).toEqual([]);
    expect(paths["/api/v1/users"].post).toMatchObject({ "x-right": "users:manage" });
    expect(document.components.securitySchemes).toMatchObject({ apiKey: { type: "http", scheme: "bearer" }, sessionCookie: { type: "apiKey", in: "cookie" } });
  });

  it("is served without credentials", async () => {
    const res = await callJson<{ openapi: string; paths: Record<string, unknown> }>(GET, "/api/v1/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(Object.keys(paths));
  });
});
