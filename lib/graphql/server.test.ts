import { createGraphQLError } from "graphql-yoga";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NotFoundError, StageMoveError } from "@/lib/errors";
import { maskError } from "./server";

const fromResolver = (original: Error) => createGraphQLError(original.message, { originalError: original, path: ["jobs"] });
const shown = (err: Error) => ({ message: err.message, extensions: (err as Error & { extensions?: unknown }).extensions, stack: JSON.stringify(err).includes("at ") });

afterEach(() => vi.restoreAllMocks());

describe("maskError", () => {
  it("gives a domain error REST's code, message and details", () => {
    const masked = maskError(fromResolver(new StageMoveError("invalid_transition", "Cannot move", { from: "applied", to: "hired", allowed: ["screening"] })));
    expect(shown(masked)).toEqual({ message: "Cannot move", extensions: { code: "invalid_transition", details: { from: "applied", to: "hired", allowed: ["screening"] } }, stack: false });
    expect(maskError(fromResolver(new NotFoundError("Job"))).message).toBe("Job was not found.");
  });

  it("masks and logs an unexpected error, never showing its message or stack", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const masked = maskError(fromResolver(new Error('relation "secret_table" does not exist: select * from secret_table')));
    expect(shown(masked)).toEqual({ message: "Something went wrong on our side; it has been logged.", extensions: { code: "internal_error", details: null }, stack: false });
    expect(JSON.stringify(masked)).not.toContain("secret_table");
    expect(log).toHaveBeenCalledOnce();
  });

  it("passes the rule's refusals through and names parse and validation errors invalid_request", () => {
    const refused = createGraphQLError("The query is nested 9 fields deep; the limit is 8.", { extensions: { code: "query_too_deep", details: { depth: 9, max_depth: 8 } } });
    expect(maskError(refused)).toBe(refused);
    const invalid = createGraphQLError('Cannot query field "salary_band" on type "Job".', { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect(shown(maskError(invalid))).toEqual({ message: invalid.message, extensions: { code: "invalid_request", details: null }, stack: false });
    const badJson = createGraphQLError("POST body sent invalid JSON.", { extensions: { code: "BAD_REQUEST", http: { status: 400 }, originalError: { name: "SyntaxError", message: "Unexpected token" } } });
    expect(shown(maskError(badJson))).toEqual({ message: badJson.message, extensions: { code: "invalid_request", details: null, http: { status: 400, spec: false } }, stack: false });
  });
});
