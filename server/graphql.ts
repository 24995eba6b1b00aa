import { renderGraphiQL } from "graphql-yoga";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { config } from "@/lib/config";
import { DomainError, RateLimitedError, UnavailableError } from "@/lib/errors";
import { createLoaders } from "@/lib/graphql/loaders";
import { executeGraphQL, graphqlPath } from "@/lib/graphql/server";
import { apiAdmission } from "@/lib/http/admission";
import { readBodyText, refuseDeclaredOversize } from "@/lib/http/body";
import { errorBodyFor, statusFor } from "@/lib/http/respond";
import { authenticate, takeRateLimit } from "./route";

/** An error met before any resolver ran (who is asking, how big, how often), as a GraphQL body with REST's status. */
function refusal(err: unknown): Response {
  const body = errorBodyFor(err, "graphql");
  const status = err instanceof DomainError ? statusFor(err) : 500;
  const headers = new Headers({ "content-type": "application/json; charset=utf-8" });
  if (err instanceof RateLimitedError || err instanceof UnavailableError) headers.set("Retry-After", String(err.retryAfterSeconds));
  return new Response(JSON.stringify({ errors: [{ message: body.message, extensions: { code: body.code, details: body.details } }] }), { status, headers });
}

function refuseMethod(status: number, message: string, allow: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code: status === 404 ? "not_found" : "method_not_allowed", details: null } }] }), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", allow },
  });
}

/**
 * POST /api/graphql (and GET with `?query=`): the REST route's gatekeeping (body cap, admission,
 * API key or cookie with the Origin check, rate limit), then Yoga with this request's loaders.
 * GET without a query is GraphiQL outside production and 404 in production.
 */
export function graphqlHandler(options: { production: () => boolean }) {
  return async (request: NextRequest): Promise<Response> => {
    const method = request.method.toUpperCase();
    if (method === "GET" && !request.nextUrl.searchParams.has("query")) {
      if (options.production()) return refuseMethod(404, "GraphiQL is not served in production; POST a query to /api/graphql.", "POST");
      return new Response(renderGraphiQL({ endpoint: graphqlPath, title: "Hireflow GraphQL" }), { headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (method !== "GET" && method !== "POST") return refuseMethod(405, "Send queries with POST (or GET with ?query=).", "GET, POST");
    let release: (() => void) | undefined;
    try {
      const maxBytes = config().API_MAX_BODY_BYTES;
      refuseDeclaredOversize(request, maxBytes);
      release = await apiAdmission().admit();
      const db = await getDb();
      const user = await authenticate(db, request);
      takeRateLimit(user.id);
      // The body is read under the cap here; Yoga parses the copy.
      const forwarded = method === "POST" ? new Request(request.url, { method, headers: request.headers, body: await readBodyText(request, maxBytes), signal: request.signal }) : request;
      return await executeGraphQL(forwarded, { db, user, loaders: createLoaders(db), signal: request.signal });
    } catch (err) {
      return refusal(err);
    } finally {
      release?.();
    }
  };
}
