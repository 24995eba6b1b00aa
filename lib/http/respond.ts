import { z } from "zod";
import { AppError, ValidationError } from "./errors";

export type ErrorBody = { error: { code: string; message: string; details: unknown } };

export function errorResponse(status: number, code: string, message: string, details: unknown = null): Response {
  const body: ErrorBody = { error: { code, message, details } };
  return Response.json(body, { status });
}

/** Turns any thrown value into the API's error response; unknown errors never leak their message. */
export function responseForError(err: unknown): Response {
  if (err instanceof z.ZodError) err = zodToValidationError(err);
  if (err instanceof AppError) {
    const res = errorResponse(err.status, err.code, err.message, err.details);
    if ("retryAfterSeconds" in err) res.headers.set("Retry-After", String(err.retryAfterSeconds));
    return res;
  }
  console.error("[api] unexpected error", err);
  return errorResponse(500, "internal_error", "Something went wrong on our side; it has been logged.");
}

export function zodToValidationError(err: z.ZodError, what = "Request"): ValidationError {
  const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return new ValidationError(`${what} is invalid: ${details.map((d) => `${d.path || "(root)"}: ${d.message}`).join("; ")}`, details);
}
