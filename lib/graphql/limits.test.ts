import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { graphqlLimits, queryLimitsRule } from "./limits";

// A schema that nests without end, as a social graph would: only the rule stops a deep query.
const schema = buildSchema(`
  type Query { people(limit: Int = 20): PersonPage, me: Person }
  type PersonPage { data: [Person!]!, total: Int! }
  type Person { name: String!, friends(limit: Int = 5): [Person!]!, tags: [Tag!]! }
  type Tag { label: String! }
`);

const refusals = (query: string) => validate(schema, parse(query), [queryLimitsRule]).map((e) => ({ message: e.message, extensions: e.extensions }));
const nested = (levels: number) => `{ me { ${"friends(limit: 1) { ".repeat(levels)}name${" }".repeat(levels)} } }`;

describe("queryLimitsRule: depth", () => {
  it("lets a query as deep as the limit through and refuses one level more", () => {
    // me is level 1, each friends adds one, name is the last level.
    expect(refusals(nested(graphqlLimits.maxDepth - 2))).toEqual([]);
    expect(refusals(nested(graphqlLimits.maxDepth - 1))).toEqual([
      { message: `The query is nested ${graphqlLimits.maxDepth + 1} fields deep; the limit is ${graphqlLimits.maxDepth}.`, extensions: { code: "query_too_deep", details: { depth: graphqlLimits.maxDepth + 1, max_depth: graphqlLimits.maxDepth } } },
    ]);
  });

  it("follows fragments and inline fragments, and survives a fragment cycle", () => {
    const viaFragments = `fragment F on Person { friends(limit: 1) { ... on Person { friends(limit: 1) { ...G } } } } fragment G on Person { friends(limit: 1) { friends(limit: 1) { friends(limit: 1) { friends(limit: 1) { friends(limit: 1) { name } } } } } } { me { ...F } }`;
    expect(refusals(viaFragments).map((r) => r.extensions.code)).toEqual(["query_too_deep"]);
    const cycle = `fragment A on Person { friends { ...B } } fragment B on Person { friends { ...A } } { me { ...A } }`;
    expect(() => refusals(cycle)).not.toThrow();
  });

  it("does not count introspection", () => {
    expect(refusals(`{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`)).toEqual([]);
  });
});

describe("queryLimitsRule: cost", () => {
  it("multiplies a page's objects by its limit and each nested list by its own", () => {
    // 1 page + 100 people, each with 100 friends, each with 10 tags (unbounded lists count 10).
    const costly = `{ people(limit: 100) { data { friends(limit: 100) { tags { label } } } } }`;
    const cost = 1 + 100 * (1 + 100 * (1 + 10 * 1));
    expect(refusals(costly)).toEqual([
      { message: `The query could return ${cost} objects; the limit is ${graphqlLimits.maxCost}. Ask for smaller pages (limit) or fewer nested lists.`, extensions: { code: "query_too_costly", details: { cost, max_cost: graphqlLimits.maxCost } } },
    ]);
    // Defaults count too: 1 + 20 * (1 + 5) = 121 objects.
    expect(refusals(`{ people { data { friends { name } } } }`)).toEqual([]);
    expect(refusals(`{ people(limit: 50) { data { friends(limit: 10) { name } } } }`)).toEqual([]);
  });

  it("takes a limit given in a variable at the largest a list can be", () => {
    const query = `query($n: Int = 1) { people(limit: 100) { data { friends(limit: $n) { friends(limit: $n) { name } } } } }`;
    expect(refusals(query).map((r) => r.extensions.code)).toEqual(["query_too_costly"]);
  });
});
