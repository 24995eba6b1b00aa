import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import type { User } from "@/db/schema";
import { userForApiKey } from "@/lib/auth/api-keys";
import { can, type Right } from "@/lib/auth/roles";
import { findUserById } from "@/lib/auth/users";
import { config, type AppConfig } from "@/lib/config";
import { withHttpMetrics } from "@/lib/observability/http";
import { ForbiddenError, UnauthenticatedError, zodToValidationError } from "@/lib/errors";
import { apiAdmission } from "./admission";
import { readJsonBody, refuseDeclaredOversize } from "./body";
import { assertSameOrigin } from "./origin";
import { createRateLimiter } from "./rate-limit";
import { responseForError } from "./respond";
import { rejectBadText } from "./text";

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<Q extends Schema, B extends Schema, P extends Schema> = {
  db: Db;
  user: User;
  request: NextRequest;
  query: Parsed<Q>;
  body: Parsed<B>;
  params: Parsed<P>;
};

/**
 * What the OpenAPI document (lib/openapi) says of a route beyond its schemas. It is read from the
 * exported handler's `route` property, so the document is generated from what the route parses.
 */
export type RouteDoc = {
  summary: string;
  description?: string;
  /** Schema of the success body (JSON). Omit only when `content` names another media type. */
  response?: z.ZodType;
  /** Success status, 200 unless said. */
  status?: number;
  /** Media type of the success body when it is not JSON ("text/csv", "text/event-stream"...). */
  content?: string;
  /** Error statuses this route answers besides the ones every route can (400, 401, 403, 413, 429). */
  errors?: number[];
  /** A request body that is not JSON (an upload): its media type and, for a form, its fields. */
  requestContent?: { type: string; schema?: z.ZodType };
  /** Other media types the success body may come as (an interview asked as `.ics` is text/calendar). */
  alsoContent?: string[];
};

/**
 * A route not made with apiRoute (no session or API key: a signed webhook, a public document)
 * says what it takes and answers through `publicRoute`, so the OpenAPI document still reads it.
 */
export type PublicRouteOptions = {
  /** How the route is authenticated instead, in a sentence ("HMAC signature of the body"). */
  access: string;
  doc: RouteDoc;
  query?: z.ZodType;
  body?: z.ZodType;
  params?: z.ZodType;
};

/** Attaches a public route's options to its handler as `handler.route`, as apiRoute does. */
export function publicRoute<H extends (...args: never[]) => Promise<Response>>(options: PublicRouteOptions, handler: H): H & { route: PublicRouteOptions } {
  return Object.assign(handler, { route: options });
}

export type RouteOptions<Q extends Schema = Schema, B extends Schema = Schema, P extends Schema = Schema> = {
  right: Right;
  doc?: RouteDoc;
  /** Largest body this route reads, when it is not a JSON body (an upload); API_MAX_BODY_BYTES otherwise. */
  maxBodyBytes?: (c: AppConfig) => number;
  query?: Q;
  body?: B;
  params?: P;
};

const rateLimiter = globalThis as unknown as { __hireflowRateLimit?: (key: string) => void };
/** Counts one request against the caller's per-minute budget (API_RATE_LIMIT_PER_MINUTE); RateLimitedError past it. */
export function takeRateLimit(key: string) {
  rateLimiter.__hireflowRateLimit ??= createRateLimiter(config().API_RATE_LIMIT_PER_MINUTE);
  rateLimiter.__hireflowRateLimit(key);
}

/** Who is calling: an API key in `Authorization: Bearer`, else the session cookie. */
export async function authenticate(db: Db, request: NextRequest): Promise<User> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError("Authorization must be `Bearer <api key>`.");
    const user = await userForApiKey(db, match[1]);
    if (!user) throw new UnauthenticatedError("The API key is unknown, revoked or expired.");
    return user;
  }
  const token = await getToken({ req: request, secret: config().authSecret });
  // A cookie rides along on cross-site requests; an API key never does, so only cookies need this.
  if (token) assertSameOrigin(request, config());
  const user = token?.uid ? await findUserById(db, token.uid) : null;
  if (!user) throw new UnauthenticatedError();
  return user;
}

function parseWith<S extends Schema>(schema: S, value: unknown, what: string): Parsed<S> {
  if (!schema) return undefined as Parsed<S>;
  rejectBadText(value, what);
  const result = schema.safeParse(value);
  if (!result.success) throw zodToValidationError(result.error, what);
  return result.data as Parsed<S>;
}

/**
 * Every /api/v1 handler goes through here: authenticate, check the right, rate-limit, parse
 * query/body/params with zod, run the handler, and map any error to `{error: {...}}`. Each
 * request is counted and timed under its route template and answers with its `x-request-id`.
 */
export function apiRoute<Q extends Schema = undefined, B extends Schema = undefined, P extends Schema = undefined>(
  options: RouteOptions<Q, B, P>,
  handler: (ctx: RouteContext<Q, B, P>) => Promise<Response | object>,
) {
  const route = async (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => {
    let release: (() => void) | undefined;
    try {
      // An oversize body is refused whoever sends it, before any work is spent on the request.
      refuseDeclaredOversize(request, options.maxBodyBytes?.(config()) ?? config().API_MAX_BODY_BYTES);
      release = await apiAdmission().admit();
      const db = await getDb();
      const user = await authenticate(db, request);
      if (!can(user.role, options.right)) throw new ForbiddenError();
      takeRateLimit(user.id);
      const params = parseWith(options.params as P, await context.params, "Path");
      const query = parseWith(options.query as Q, Object.fromEntries(request.nextUrl.searchParams), "Query");
      const body = options.body ? parseWith(options.body as B, await readJsonBody(request, config().API_MAX_BODY_BYTES), "Body") : (undefined as Parsed<B>);
      const result = await handler({ db, user, request, query, body, params });
      return result instanceof Response ? result : Response.json(result);
    } catch (err) {
      return responseForError(err);
    } finally {
      release?.();
    }
  };
  return Object.assign(withHttpMetrics(route), { route: options as RouteOptions });
}
