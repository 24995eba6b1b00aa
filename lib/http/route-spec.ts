import { z } from "zod";
import type { Right } from "@/lib/auth/roles";
import type { AppConfig } from "@/lib/config";

// What a route handler declares about itself: its right, its schemas and its documentation. The
// handler factories (server/route.ts) attach it to the handler; the OpenAPI document
// (lib/openapi) reads it. Plain data, so the document needs no web framework.

export type Schema = z.ZodType | undefined;

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
