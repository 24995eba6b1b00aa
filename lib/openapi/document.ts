import { z } from "zod";
import { rolesWith } from "@/lib/auth/roles";
import { errorBodySchema } from "@/lib/http/respond";
import type { PublicRouteOptions, RouteDoc, RouteOptions } from "@/lib/http/route-spec";

// The OpenAPI 3.1 document, generated from what each route handler parses and answers with: the
// zod schemas on `handler.route` (apiRoute and publicRoute put them there) become JSON Schema
// (draft 2020-12, OpenAPI 3.1's own dialect); nothing in it is written by hand.

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** One route.ts module and its path template (lib/http/route-templates.ts). */
export type RouteEntry = { template: string; module: Record<string, unknown> };

type JsonSchema = Record<string, unknown>;
type Documented = { kind: "api"; options: RouteOptions } | { kind: "public"; options: PublicRouteOptions };

/** Every authenticated route can answer these; a public one only the first, fourth and last ones. */
const commonErrors = [400, 401, 403, 413, 429, 500, 503];
const publicErrors = [400, 413, 429, 500];

export const statusDescriptions: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted: the work runs in the background",
  204: "No content",
  400: "The request is malformed (query, path or body); details name each bad field",
  401: "No session cookie or API key, or an unknown, revoked or expired key",
  403: "The caller's role does not allow this",
  404: "Not found, or not visible to the caller",
  409: "Clashes with existing state",
  413: "The body is larger than the limit",
  422: "Well formed but cannot be acted on",
  429: "Too many requests; Retry-After says when to come back",
  500: "Something went wrong on our side; it has been logged",
  503: "Over capacity for now; Retry-After says when to come back",
};

/** Formats a validator checks by name; zod's long regex for them would repeat in every field. */
const namedFormats = new Set(["date-time", "date", "uuid", "email"]);

function isPreprocess(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; in?: z.core.$ZodType };
  return def.type === "pipe" && def.in?._zod.def.type === "transform";
}

/** zod to JSON Schema for OpenAPI: no `$schema` (the document sets the dialect), transforms as `{}`. */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      if (typeof jsonSchema.format === "string" && namedFormats.has(jsonSchema.format)) delete jsonSchema.pattern;
      // A coerced date (a query's `posted_since`) arrives as text.
      if (zodSchema._zod.def.type === "date") Object.assign(jsonSchema, { type: "string", description: jsonSchema.description ?? "A date (YYYY-MM-DD) or an ISO 8601 date-time" });
      // Our inputs preprocess only to take a string shorthand ("Python" for {name: "Python"}, "a, b" for a list).
      if (io === "input" && isPreprocess(zodSchema)) {
        const parsed = { ...jsonSchema };
        for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
        Object.assign(jsonSchema, { anyOf: [parsed, { type: "string", description: "Shorthand, read as the other form" }] });
      }
    },
  }) as JsonSchema;
  delete json.$schema;
  if (json.$defs) throw new Error("A route schema with shared definitions ($defs) cannot be inlined; give it no `id` meta.");
  return json;
}

/** The handler's options, from apiRoute (`right`) or publicRoute (`access`); none is a bug the tests catch. */
function documentedOf(handler: unknown): Documented | null {
  const route = (handler as { route?: RouteOptions | PublicRouteOptions } | undefined)?.route;
  if (!route?.doc) return null;
  return "access" in route ? { kind: "public", options: route } : { kind: "api", options: route };
}

/** `get`, `/api/v1/jobs/{id}/matches` -> `getJobsIdMatches`. */
export function operationIdFor(method: HttpMethod, template: string): string {
  const words = template
    .replace(/^\/api\/v1\//, "")
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

/** The first segment after /api/v1 names the tag: jobs, candidates, sync... */
export function tagFor(template: string): string {
  return template.split("/")[3] ?? "api";
}

function parametersOf(template: string, options: { query?: z.ZodType; params?: z.ZodType }) {
  const parameters: JsonSchema[] = [];
  const pathSchema = options.params ? jsonSchemaOf(options.params, "input") : null;
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
    const schema = (pathSchema?.properties as Record<string, JsonSchema> | undefined)?.[name] ?? { type: "string" };
    parameters.push({ name, in: "path", required: true, schema });
  }
  if (options.query) {
    const query = jsonSchemaOf(options.query, "input");
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: "query", required: required.has(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return parameters;
}

function requestBodyOf(doc: RouteDoc, body: z.ZodType | undefined) {
  if (doc.requestContent) {
    const schema = doc.requestContent.schema ? jsonSchemaOf(doc.requestContent.schema, "input") : {};
    return { required: true, content: { [doc.requestContent.type]: { schema } } };
  }
  if (!body) return undefined;
  return { required: !body.safeParse(undefined).success, content: { "application/json": { schema: jsonSchemaOf(body, "input") } } };
}

function successOf(doc: RouteDoc) {
  const content: Record<string, { schema: JsonSchema }> = {};
  if (doc.response) content["application/json"] = { schema: jsonSchemaOf(doc.response, "output") };
  for (const type of [doc.content, ...(doc.alsoContent ?? [])]) if (type) content[type] = { schema: { type: "string" } };
  const status = doc.status ?? 200;
  return { [String(status)]: { description: statusDescriptions[status] ?? "Success", ...(Object.keys(content).length ? { content } : {}) } };
}

function errorsOf(template: string, documented: Documented) {
  const base = documented.kind === "public" ? publicErrors : commonErrors;
  const byPath = template.includes("{") ? [404] : [];
  const statuses = [...new Set([...base, ...byPath, ...(documented.options.doc?.errors ?? [])])].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => [String(status), { description: statusDescriptions[status] ?? "Error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
  );
}

function operationOf(method: HttpMethod, template: string, documented: Documented) {
  const { options } = documented;
  const doc = options.doc as RouteDoc;
  const who =
    documented.kind === "api"
      ? `Needs the right \`${documented.options.right}\` (roles: ${rolesWith(documented.options.right).join(", ")}).`
      : `Public: ${documented.options.access}`;
  const operation: JsonSchema = {
    operationId: operationIdFor(method, template),
    tags: [tagFor(template)],
    summary: doc.summary,
    description: [doc.description, who].filter(Boolean).join("\n\n"),
    parameters: parametersOf(template, options),
    responses: { ...successOf(doc), ...errorsOf(template, documented) },
  };
  const requestBody = requestBodyOf(doc, options.body);
  if (requestBody) operation.requestBody = requestBody;
  if (documented.kind === "public") operation.security = [];
  if (documented.kind === "api") operation["x-right"] = documented.options.right;
  return operation;
}

/** The methods a route module exports, whether or not they carry a doc. */
export function exportedMethods(module: Record<string, unknown>): HttpMethod[] {
  return httpMethods.filter((method) => typeof module[method] === "function");
}

/** The whole document; throws naming the route when an exported method has no `doc`. */
export function buildOpenApiDocument(routes: RouteEntry[], info: { version: string; serverUrl?: string }) {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const { template, module } of [...routes].sort((a, b) => a.template.localeCompare(b.template))) {
    for (const method of exportedMethods(module)) {
      const documented = documentedOf(module[method]);
      if (!documented) throw new Error(`${method} ${template} has no doc: give apiRoute (or publicRoute) a \`doc\` with a response schema.`);
      (paths[template] ??= {})[method.toLowerCase()] = operationOf(method, template, documented);
    }
  }
  const tags = [...new Set(routes.map((r) => tagFor(r.template)))].sort().map((name) => ({ name }));
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Hireflow API",
      version: info.version,
      description:
        "Jobs, candidates, matches and the hiring pipeline. Authenticate with an API key (`Authorization: Bearer <key>`, made in Settings) or the session cookie of a signed-in browser. Errors are always `{error: {code, message, details}}`.",
    },
    ...(info.serverUrl ? { servers: [{ url: info.serverUrl }] } : {}),
    security: [{ apiKey: [] }, { sessionCookie: [] }],
    tags,
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorBodySchema, "output") },
      securitySchemes: {
        apiKey: { type: "http", scheme: "bearer", description: "An API key from Settings, as `Authorization: Bearer <key>`." },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "The session of a signed-in browser (`__Secure-` prefixed over https); same-origin requests only.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
