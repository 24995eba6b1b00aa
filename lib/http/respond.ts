import { z } from "zod";
import { DomainError, StageMoveError, RateLimitedError, UnavailableError, zodToValidationError, type DomainErrorCode } from "@/lib/errors";
import { log } from "@/lib/observability/log";

// The one mapping from domain errors (lib/errors.ts) to what the edges answer: route handlers and
// server actions here, pages through server/page.ts.
/** Every error body the API answers with (the OpenAPI document's `Error`). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe("Stable, machine-readable: invalid_request, not_found, conflict..."),
    message: z.string().describe("For people; may change"),
    details: z.unknown().describe("What went wrong where (for invalid_request, `[{path, message}]`), or null"),
  }),
});
export type ErrorBody = { error: { code: string; message: string; details: unknown } };

const statusByCode: Record<DomainErrorCode, number> = {
  invalid_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  unprocessable: 422,
  rate_limited: 429,
  payload_too_large: 413,
  unavailable: 503,
  application_exists: 409,
  application_reposted_job: 409,
  stage_not_allowed: 403,
  note_required: 422,
  resume_no_text: 422,
  resume_encrypted: 422,
  resume_type_mismatch: 422,
  resume_unsupported_type: 422,
  resume_unreadable: 422,
};

const internal = { code: "internal_error", message: "Something went wrong on our side; it has been logged.", details: null };

/** The HTTP status a domain error answers with. */
export function statusFor(err: DomainError): number {
  // A refused pipeline move is the caller's to fix (422); other invalid transitions are state clashes (409).
  if (err instanceof StageMoveError) return 422;
  return statusByCode[err.code];
}

/** Any thrown value as `{code, message, details}`; unknown errors are logged and never leak their message. */
export function errorBodyFor(err: unknown, where = "api"): ErrorBody["error"] {
  if (err instanceof z.ZodError) err = zodToValidationError(err);
  if (err instanceof DomainError) return { code: err.code, message: err.message, details: err.details };
  log.error("unexpected error", { where, error: err });
  return internal;
}

export function errorResponse(status: number, code: string, message: string, details: unknown = null): Response {
  const body: ErrorBody = { error: { code, message, details } };
  return Response.json(body, { status });
}

/** Route handlers: the status and `{error: {...}}` body, with Retry-After when the caller should come back. */
export function responseForError(err: unknown): Response {
  if (err instanceof z.ZodError) err = zodToValidationError(err);
  const body = errorBodyFor(err);
  const res = errorResponse(err instanceof DomainError ? statusFor(err) : 500, body.code, body.message, body.details);
  if (err instanceof RateLimitedError || err instanceof UnavailableError) res.headers.set("Retry-After", String(err.retryAfterSeconds));
  return res;
}

/** Server actions: the error as a value for useActionState, in the API's error shape. */
export function actionErrorFor(err: unknown): { ok: false; error: ErrorBody["error"] } {
  return { ok: false, error: errorBodyFor(err, "action") };
}
