import type { GraphQLError } from "graphql";
import { createGraphQLError, createSchema, createYoga, type Plugin } from "graphql-yoga";
import { errorBodyFor } from "@/lib/http/respond";
import type { GraphQLContext } from "./context";
import { queryLimitsRule } from "./limits";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const graphqlPath = "/api/graphql";

// By name, not instanceof: Yoga may run on another copy of graphql (its CommonJS build) than this module.
const isGraphQLError = (value: unknown): value is GraphQLError => value instanceof Error && value.name === "GraphQLError";

/** A resolver's error in REST's terms (`extensions.code`, `details`); anything unexpected is logged and masked. */
// Yoga's and graphql's codes for a request the caller got wrong, in REST's word.
const callerMistakes = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "BAD_USER_INPUT"]);

/** A parse, validation or request error: REST's `invalid_request`, without the parser's own error (dev mode adds it). */
function asCallerMistake(error: GraphQLError): GraphQLError {
  const { code, originalError: parserError, http, ...rest } = error.extensions ?? {};
  if (typeof code !== "string" || !callerMistakes.has(code)) return error;
  return createGraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    // `http` tells Yoga the status and is left out of the answer. A body that is not GraphQL at all
    // (it carried the parser's error) stays a 400 even for `Accept: application/json`.
    extensions: { ...rest, ...(http ? { http: parserError ? { ...http, spec: false } : http } : {}), code: "invalid_request", details: null },
  });
}

export function maskError(error: unknown): Error {
  const original = isGraphQLError(error) ? error.originalError : error;
  // Parse and validation errors (ours included) carry no original error: they are the caller's.
  if (isGraphQLError(error) && !original) return asCallerMistake(error);
  if (isGraphQLError(original)) return original;
  const body = errorBodyFor(original, "graphql");
  const where = isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {};
  return createGraphQLError(body.message, { ...where, extensions: { code: body.code, details: body.details } });
}

const validation: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(queryLimitsRule);
    // Validation errors never reach maskError: they get REST's code here (Yoga sets its own with ||=).
    return ({ valid, result }) => {
      if (valid) return;
      for (const error of result) {
        const extensions = error.extensions as Record<string, unknown>;
        if (!extensions.code || extensions.code === "GRAPHQL_VALIDATION_FAILED") extensions.code = "invalid_request";
        extensions.details ??= null;
      }
    };
  },
};

function createServer() {
  return createYoga<GraphQLContext>({
    schema: createSchema<GraphQLContext>({ typeDefs, resolvers }),
    graphqlEndpoint: graphqlPath,
    // GraphiQL is served by server/graphql.ts (outside production); CORS stays off: cookies must not ride cross-site.
    graphiql: false,
    landingPage: false,
    cors: false,
    multipart: false,
    batching: false,
    maskedErrors: { maskError },
    plugins: [validation],
    logging: false,
  });
}

// Per module, not on globalThis: a dev reload of the schema or resolvers builds a new server.
let server: ReturnType<typeof createServer> | undefined;

/** Runs a GraphQL request (already authenticated by the caller) with `context` for the resolvers. */
export function executeGraphQL(request: Request, context: GraphQLContext): Promise<Response> {
  server ??= createServer();
  return Promise.resolve(server.handleRequest(request, context));
}

