import type { z } from "zod";

// Domain errors thrown by lib/: a stable code, a message for people and details, no transport.
// lib/http/respond.ts maps them to what routes and server actions answer; server/page.ts to pages.
export type DomainErrorCode =
  | "invalid_request"
  | "unprocessable"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid_transition"
  | "rate_limited"
  | "payload_too_large"
  | "unavailable"
  | ApplicationErrorCode
  | UnusableResumeCode;

/** The pipeline's own refusals (lib/applications), each its own code so a client can react to it. */
export type ApplicationErrorCode = "application_exists" | "application_reposted_job" | "stage_not_allowed" | "note_required";

/** Why an uploaded resume cannot be read; each is its own code so a caller can say which. */
export type UnusableResumeCode = "resume_no_text" | "resume_encrypted" | "resume_type_mismatch" | "resume_unsupported_type" | "resume_unreadable";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The input is malformed: wrong type, missing field, bad syntax. */
export class ValidationError extends DomainError {
  readonly code = "invalid_request";
}

/** The input is well formed but cannot be acted on (a disabled source, an unknown config key). */
export class UnprocessableError extends DomainError {
  readonly code = "unprocessable";
}

export class UnauthenticatedError extends DomainError {
  readonly code = "unauthenticated";
  constructor(message = "Sign in or send an API key: Authorization: Bearer <key>.") {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = "forbidden";
  constructor(message = "Your role does not allow this.") {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = "not_found";
  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** The request clashes with existing state (a duplicate name, a sync already running). */
export class ConflictError extends DomainError {
  readonly code = "conflict";
}

/** A state machine refuses the move, e.g. reprocessing a run that has not finished. */
export class InvalidTransitionError extends DomainError {
  readonly code = "invalid_transition";
  constructor(
    readonly entity: string,
    readonly from: string,
    readonly to: string,
    message = `${entity} cannot go from ${from} to ${to}.`,
  ) {
    super(message, { entity, from, to });
  }
}

export class RateLimitedError extends DomainError {
  readonly code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests; retry in ${retryAfterSeconds} s.`, { retry_after_seconds: retryAfterSeconds });
  }
}

/** An input larger than the configured cap (a request body, an upload). */
export class PayloadTooLargeError extends DomainError {
  readonly code = "payload_too_large";
  constructor(readonly limitBytes: number) {
    super(`The input is larger than the ${limitBytes}-byte limit.`, { limit_bytes: limitBytes });
  }
}

/** Over capacity for now (a shed request, a busy database): the caller may retry later. */
export class UnavailableError extends DomainError {
  readonly code = "unavailable";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { retry_after_seconds: retryAfterSeconds });
  }
}

/** An application already exists for this candidate and job (or for the same job reposted): details name it. */
export class ApplicationExistsError extends DomainError {
  constructor(
    readonly code: "application_exists" | "application_reposted_job",
    message: string,
    details: { existing_application_id: string } & Record<string, unknown>,
  ) {
    super(message, details);
  }
}

/**
 * The stage machine refuses an application's move: `invalid_transition` with the allowed next
 * stages, `note_required` when leaving rejected without a note. Unprocessable (422), unlike the
 * generic InvalidTransitionError (409), because the caller can fix the request.
 */
export class StageMoveError extends DomainError {
  constructor(
    readonly code: "invalid_transition" | "note_required",
    message: string,
    details: { from: string; to: string; allowed: string[] },
  ) {
    super(message, details);
  }
}

/** The actor's role may not move an application to that stage (a seeker past applied): details list what they may. */
export class StageNotAllowedError extends DomainError {
  readonly code = "stage_not_allowed";
  constructor(message: string, details: { from: string; to: string; allowed: string[] }) {
    super(message, details);
  }
}

/** An uploaded resume we cannot take: no text layer, encrypted, not what it claims, unsupported or corrupt. */
export class UnusableResumeError extends DomainError {
  constructor(
    readonly code: UnusableResumeCode,
    message: string,
    details: unknown = null,
  ) {
    super(message, details);
  }
}

/** A zod failure as a ValidationError whose details name each bad path. */
export function zodToValidationError(err: z.ZodError, what = "Request"): ValidationError {
  const details = err.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return new ValidationError(`${what} is invalid: ${details.map((d) => `${d.path || "(root)"}: ${d.message}`).join("; ")}`, details);
}
