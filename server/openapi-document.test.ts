import { describe, expect, it } from "vitest";
import { z } from "zod";
import { apiRoute, publicRoute } from "@/server/route";
import { buildOpenApiDocument, jsonSchemaOf, operationIdFor } from "@/lib/openapi/document";

describe("zod to the document's JSON Schema", () => {
  it("describes inputs as sent: a string shorthand, a coerced date as text, defaults optional", () => {
    const skill = z.preprocess((v) => (typeof v === "string" ? { name: v } : v), z.object({ name: z.string() }));
    const schema = jsonSchemaOf(z.object({ skills: z.array(skill), since: z.coerce.date().optional(), limit: z.number().default(20) }), "input");
    expect(schema).toMatchObject({
      properties: {
        skills: { type: "array", items: { anyOf: [{ type: "object", properties: { name: { type: "string" } } }, { type: "string" }] } },
        since: { type: "string" },
        limit: { type: "number", default: 20 },
      },
      required: ["skills"],
    });
  });

  it("describes outputs strictly: no unknown fields, named formats without zod's long patterns", () => {
    const schema = jsonSchemaOf(z.object({ id: z.uuid(), at: z.iso.datetime().nullable() }), "output");
    expect(schema).toEqual({
      type: "object",
      properties: { id: { type: "string", format: "uuid" }, at: { anyOf: [{ type: "string", format: "date-time" }, { type: "null" }] } },
      required: ["id", "at"],
      additionalProperties: false,
    });
  });
});

describe("buildOpenApiDocument", () => {
  const documented = apiRoute({ right: "jobs:read", params: z.object({ id: z.uuid() }), doc: { summary: "One", response: z.object({ id: z.uuid() }), errors: [409] } }, async () => ({}));

  it("turns a route's options into an operation with its path parameter, errors and right", () => {
    const doc = buildOpenApiDocument([{ template: "/api/v1/things/{id}", module: { GET: documented } }], { version: "1" });
    const op = doc.paths["/api/v1/things/{id}"].get;
    expect(op).toMatchObject({ operationId: "getThingsId", tags: ["things"], summary: "One", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }], "x-right": "jobs:read" });
    expect(Object.keys(op.responses as object)).toEqual(["200", "400", "401", "403", "404", "409", "413", "429", "500", "503"]);
  });

  it("marks a public route as needing no credentials, and refuses a method without a doc", () => {
    const open = publicRoute({ access: "anyone", doc: { summary: "Open", response: z.object({ ok: z.boolean() }) } }, async () => Response.json({ ok: true }));
    const doc = buildOpenApiDocument([{ template: "/api/v1/open", module: { POST: open } }], { version: "1" });
    expect(doc.paths["/api/v1/open"].post).toMatchObject({ security: [], description: "Public: anyone" });
    const bare = apiRoute({ right: "jobs:read" }, async () => ({}));
    expect(() => buildOpenApiDocument([{ template: "/api/v1/bare", module: { GET: bare } }], { version: "1" })).toThrow(/GET \/api\/v1\/bare has no doc/);
    expect(operationIdFor("POST", "/api/v1/match/jd")).toBe("postMatchJd");
  });
});
