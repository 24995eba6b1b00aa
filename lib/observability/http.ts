import { templateFor } from "@/lib/http/route-templates";
import { responseForError } from "@/lib/http/respond";
import { requestIdFrom, runWithContext } from "./context";
import { log } from "./log";
import { metrics } from "./metrics";

const knownMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** The response with `x-request-id` set (a response with immutable headers is copied first). */
function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set("x-request-id", requestId);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set("x-request-id", requestId);
    return copy;
  }
}

/**
 * Wraps a route handler: takes the caller's `x-request-id` (when sane) or makes one, runs the
 * handler with it as the work context, answers with it, and counts and times the request under
 * its route template (never its raw path). apiRoute uses it; so do handlers outside /api/v1.
 * A streamed body is timed to its first byte: the histogram is about answering, not streaming.
 */
export function withHttpMetrics<R extends Request, C>(handler: (request: R, context: C) => Response | Promise<Response>) {
  // The context is optional for callers (tests call a one-argument handler with the request alone).
  return async (request: R, context?: C): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    const started = performance.now();
    let response: Response;
    try {
      response = await runWithContext({ requestId }, () => handler(request, context as C));
    } catch (err) {
      response = runWithContext({ requestId }, () => responseForError(err));
    }
    const route = templateFor(new URL(request.url).pathname);
    const method = knownMethods.has(request.method) ? request.method : "OTHER";
    metrics().httpRequests.inc({ route, method, status: String(response.status) });
    const seconds = (performance.now() - started) / 1000;
    metrics().httpDuration.observe({ route, method }, seconds);
    const fields = { method, route, status: response.status, durationMs: Math.round(seconds * 1000) };
    runWithContext({ requestId }, () => (response.status >= 500 ? log.warn("request failed", fields) : log.debug("request", fields)));
    return withRequestIdHeader(response, requestId);
  };
}
