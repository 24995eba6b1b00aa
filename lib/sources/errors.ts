import type { RawPage } from "./types";

export interface SourceHttpErrorDetails {
  /** The circuit-breaker key of the source, e.g. "adzuna". */
  sourceKey: string;
  /** Request URL with secrets removed. */
  url: string;
  /** HTTP status, or null when no response arrived (network error, timeout). */
  status: number | null;
  /** The API's own error code ("AUTH_FAIL", "RATE_LIMITED", "bad_user_agent") or one of ours. */
  code: string;
  message: string;
  retriable: boolean;
  /** The first 500 characters of the response body, for the sync log. */
  bodyExcerpt: string | null;
  /** Requests made, including the failed one. */
  attempts: number;
}

/** A source answered with an error, sent something unreadable, or could not be reached. */
export class SourceHttpError extends Error implements SourceHttpErrorDetails {
  readonly sourceKey: string;
  readonly url: string;
  readonly status: number | null;
  readonly code: string;
  readonly retriable: boolean;
  readonly bodyExcerpt: string | null;
  attempts: number;

  constructor(details: SourceHttpErrorDetails, options?: { cause?: unknown }) {
    super(`${details.sourceKey}: ${details.message}`, options);
    this.name = "SourceHttpError";
    this.sourceKey = details.sourceKey;
    this.url = details.url;
    this.status = details.status;
    this.code = details.code;
    this.retriable = details.retriable;
    this.bodyExcerpt = details.bodyExcerpt;
    this.attempts = details.attempts;
  }
}

/** Too many consecutive failures: calls to this source are refused until `retryAt`. */
export class CircuitOpenError extends Error {
  readonly retriable = true;
  constructor(
    readonly sourceKey: string,
    readonly retryAt: Date,
  ) {
    super(`${sourceKey}: circuit open after repeated failures; retry after ${retryAt.toISOString()}`);
    this.name = "CircuitOpenError";
  }
}

/** A page arrived but its envelope is not the shape the API documents. */
export class SourceFormatError extends Error {
  constructor(
    readonly sourceKey: string,
    message: string,
    /** The offending page, so the extract stage can still store it for inspection. */
    readonly page?: RawPage,
  ) {
    super(`${sourceKey}: ${message}`);
    this.name = "SourceFormatError";
  }
}

/** The environment lacks a key or secret the source needs. */
export class MissingCredentialsError extends Error {
  constructor(
    readonly sourceKey: string,
    readonly variables: string[],
  ) {
    super(`${sourceKey}: set ${variables.join(", ")}`);
    this.name = "MissingCredentialsError";
  }
}

/** A source's saved settings or credentials do not fit its schema. */
export class SourceConfigError extends Error {
  constructor(
    readonly sourceKey: string,
    message: string,
  ) {
    super(`${sourceKey}: ${message}`);
    this.name = "SourceConfigError";
  }
}
