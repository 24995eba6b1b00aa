import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { getDb, type Db } from "@/db";
import type { User } from "@/db/schema";
import { userForApiKey } from "@/lib/auth/api-keys";
import { can } from "@/lib/auth/roles";
import { findUserById } from "@/lib/auth/users";
import { config } from "@/lib/config";
import { type RouteOptions, type Schema } from "@/lib/http/route-spec";
import { withHttpMetrics } from "@/lib/observability/http";
import { ForbiddenError, UnauthenticatedError, zodToValidationError } from "@/lib/errors";
import { apiAdmission } from "@/lib/http/admission";
import { readJsonBody, refuseDeclaredOversize } from "@/lib/http/body";
import { assertSameOrigin } from "@/lib/http/origin";
import { createRateLimiter } from "@/lib/http/rate-limit";
import { responseForError } from "@/lib/http/respond";
import { rejectBadText } from "@/lib/http/text";

// Route handlers declare themselves with lib/http/route-spec; re-exported so a route imports one module.
export { publicRoute, type PublicRouteOptions, type RouteDoc, type RouteOptions } from "@/lib/http/route-spec";

type Parsed<S extends Schema> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<Q extends Schema, B extends Schema, P extends Schema> = {
  db: Db;
  user: User;
  request: NextRequest;
  query: Parsed<Q>;
  body: Parsed<B>;
  params: Parsed<P>;
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
