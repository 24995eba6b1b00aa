import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonSchemaOf } from "./document";
import { fieldRows, typeLabel, type JsonSchema } from "./fields";

const schemaOf = (s: z.ZodType) => jsonSchemaOf(s, "output") as JsonSchema;

describe("fields of a response schema, for the reference page", () => {
  it("flattens nested objects and arrays of objects under dotted paths, with nullability and requiredness", () => {
    const schema = schemaOf(
      z.object({
        id: z.uuid(),
        company: z.object({ name: z.string().describe("As the source spells it") }).nullable(),
        sources: z.array(z.object({ url: z.string().nullable() })),
        status: z.enum(["open", "closed"]),
        note: z.string().optional(),
      }),
    );
    expect(fieldRows(schema)).toEqual([
      { path: "id", type: "string (uuid)", required: true, nullable: false, description: null, depth: 0 },
      { path: "company", type: "object", required: true, nullable: true, description: null, depth: 0 },
      { path: "company.name", type: "string", required: true, nullable: false, description: "As the source spells it", depth: 1 },
      { path: "sources", type: "array of object", required: true, nullable: false, description: null, depth: 0 },
      { path: "sources[].url", type: "string", required: true, nullable: true, description: null, depth: 1 },
      { path: "status", type: "one of: open, closed", required: true, nullable: false, description: null, depth: 0 },
      { path: "note", type: "string", required: false, nullable: false, description: null, depth: 0 },
    ]);
  });

  it("names maps, literals and unions", () => {
    expect(typeLabel(schemaOf(z.record(z.string(), z.number())))).toBe("map of number");
    expect(typeLabel(schemaOf(z.literal("closed")))).toBe('"closed"');
    expect(typeLabel(schemaOf(z.union([z.string(), z.number()])))).toBe("string or number");
    expect(fieldRows(schemaOf(z.string()))).toEqual([]);
  });
});
