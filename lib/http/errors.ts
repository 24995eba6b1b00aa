// Typed errors thrown by lib/; lib/http/respond.ts maps each to its HTTP status and JSON body.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, details: unknown = null) {
    super(400, "invalid_request", message, details);
  }
}

export class UnprocessableError extends AppError {
  constructor(message: string, details: unknown = null) {
    super(422, "unprocessable", message, details);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in or send an API key: Authorization: Bearer <key>.") {
    super(401, "unauthenticated", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role does not allow this.") {
    super(403, "forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super(404, "not_found", `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: unknown = null) {
    super(409, "conflict", message, details);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, "rate_limited", `Too many requests; retry in ${retryAfterSeconds} s.`);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(readonly maxBytes: number) {
    super(413, "payload_too_large", `The request body is larger than ${maxBytes} bytes.`, { max_bytes: maxBytes });
  }
}
