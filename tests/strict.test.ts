import { describe, expect, it } from "vitest";
import { z } from "zod";
import { deepStrict } from "./strict";

describe("deepStrict", () => {
  const schema = deepStrict(z.object({ id: z.string(), company: z.object({ name: z.string() }).nullable(), tags: z.array(z.object({ name: z.string() })), extra: z.object({ n: z.number() }).optional() }));

  it("accepts what the schema describes", () => {
    expect(schema.parse({ id: "a", company: null, tags: [{ name: "x" }] })).toEqual({ id: "a", company: null, tags: [{ name: "x" }] });
  });

  it("refuses an unknown field at any depth", () => {
    expect(() => schema.parse({ id: "a", company: null, tags: [], more: 1 })).toThrow();
    expect(() => schema.parse({ id: "a", company: { name: "c", id: 1 }, tags: [] })).toThrow();
    expect(() => schema.parse({ id: "a", company: null, tags: [{ name: "x", level: 1 }] })).toThrow();
    expect(() => schema.parse({ id: "a", company: null, tags: [], extra: { n: 1, m: 2 } })).toThrow();
  });
});
