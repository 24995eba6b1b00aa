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
export function maskError(error: unknown): Error {
  const original = isGraphQLError(error) ? error.originalError : error;
  // Parse and validation errors (ours included) carry no original error: they are the caller's, shown as they are.
  if (isGraphQLError(error) && !original) return error;
  if (isGraphQLError(original)) return original;
  const body = errorBodyFor(original, "graphql");
  const where = isGraphQLError(error) ? { nodes: error.nodes, path: error.path } : {};
  return createGraphQLError(body.message, { ...where, extensions: { code: body.code, details: body.details } });
}

const limits: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(queryLimitsRule);
  },
};

function createServer() {
  return createYoga<GraphQLContext>({
    schema: createSchema<GraphQLContext>({ typeDefs, resolvers }),
    graphqlEndpoint: graphqlPath,
    // GraphiQL is served by lib/http/graphql.ts (outside production); CORS stays off: cookies must not ride cross-site.
    graphiql: false,
    landingPage: false,
    cors: false,
    multipart: false,
    batching: false,
    maskedErrors: { maskError },
    plugins: [limits],
    logging: false,
  });
}

const cache = globalThis as unknown as { __hireflowGraphQL?: ReturnType<typeof createServer> };

/** Runs a GraphQL request (already authenticated by the caller) with `context` for the resolvers. */
export function executeGraphQL(request: Request, context: GraphQLContext): Promise<Response> {
  cache.__hireflowGraphQL ??= createServer();
  return Promise.resolve(cache.__hireflowGraphQL.handleRequest(request, context));
}

