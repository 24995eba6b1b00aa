import { sharedCircuitBreakers, type CircuitBreakers } from "./circuit-breaker";
import { SourceHttpError } from "./errors";
import { recordQuota } from "./quota";

export interface HttpOptions {
  /** Per attempt, covering connect and body. Default 15 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** Backoff base: attempt n waits a random time in [0, base * 2^n), capped by maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A longer Retry-After is cut to this. Default 60 s. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  breakers?: CircuitBreakers;
  signal?: AbortSignal;
  onRetry?: (event: { attempt: number; delayMs: number; error: SourceHttpError }) => void;
}

export interface HttpRequest {
  /** Circuit-breaker key: one per source (and per tenant where the API is per company). */
  sourceKey: string;
  url: string;
  method?: string;
  /** A function is called before every attempt, so signatures carry a fresh timestamp. */
  headers?: Record<string, string> | (() => Record<string, string>);
  body?: string;
  /** Query parameters that hold secrets; they never appear in errors or stored URLs. */
  secretParams?: readonly string[];
}

export interface HttpResponse {
  /** The URL without secret parameters. */
  url: string;
  status: number;
  headers: Headers;
  body: unknown;
  /** The body's JSON text as received (what `body` was parsed from). */
  text: string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function redactUrl(url: string, secretParams: readonly string[] = []): string {
  if (secretParams.length === 0) return url;
  const parsed = new URL(url);
  for (const name of secretParams) parsed.searchParams.delete(name);
  return parsed.toString();
}

/** Seconds or an HTTP date, as milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function readBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The API's own error code and message from the error bodies our sources send. */
export function describeErrorBody(body: unknown): { code: string | null; message: string | null } {
  if (typeof body !== "object" || body === null) return { code: null, message: null };
  const record = body as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === "string" && value ? value : null);
  const nested = record.error;
  if (typeof nested === "object" && nested !== null) {
    const error = nested as Record<string, unknown>;
    return { code: text(error.code), message: text(error.message) };
  }
  if (Array.isArray(record.errors) && typeof record.errors[0] === "object" && record.errors[0] !== null) {
    const first = record.errors[0] as Record<string, unknown>;
    return { code: text(first.type), message: text(first.value) ?? text(first.type) };
  }
  return {
    code: text(record.exception),
    message: text(record.display) ?? text(record.message) ?? text(nested),
  };
}

function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function errorFromResponse(request: HttpRequest, url: string, status: number, text: string): SourceHttpError {
  const { code, message } = describeErrorBody(readBody(text));
  return new SourceHttpError({
    sourceKey: request.sourceKey,
    url,
    status,
    code: code ?? `HTTP_${status}`,
    message: `HTTP ${status}${message ? `: ${message}` : ""}`,
    retriable: isRetriableStatus(status),
    bodyExcerpt: text.slice(0, 500) || null,
    attempts: 0,
  });
}

function errorFromException(request: HttpRequest, url: string, error: unknown): SourceHttpError {
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new SourceHttpError(
    {
      sourceKey: request.sourceKey,
      url,
      status: null,
      code: timedOut ? "TIMEOUT" : "NETWORK_ERROR",
      message: timedOut ? "request timed out" : `network error: ${reason}`,
      retriable: true,
      bodyExcerpt: null,
      attempts: 0,
    },
    { cause: error },
  );
}

type AttemptOutcome =
  | { ok: true; response: HttpResponse }
  | { ok: false; error: SourceHttpError; retryAfterMs: number | null; serverFault: boolean };

async function attempt(request: HttpRequest, url: string, options: HttpOptions, now: number): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const headers = typeof request.headers === "function" ? request.headers() : request.headers;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, { method: request.method ?? "GET", headers, body: request.body, signal });
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: errorFromException(request, url, error), retryAfterMs: null, serverFault: true };
  }
  recordQuota(request.sourceKey, response.headers);
  if (!response.ok) {
    return {
      ok: false,
      error: errorFromResponse(request, url, response.status, text),
      retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), now),
      serverFault: response.status >= 500 || response.status === 408,
    };
  }
  const body = readBody(text);
  if (typeof body === "string") {
    const error = new SourceHttpError({
      sourceKey: request.sourceKey,
      url,
      status: response.status,
      code: "INVALID_JSON",
      message: `HTTP ${response.status} with a body that is not JSON`,
      retriable: false,
      bodyExcerpt: text.slice(0, 500) || null,
      attempts: 0,
    });
    return { ok: false, error, retryAfterMs: null, serverFault: false };
  }
  return { ok: true, response: { url, status: response.status, headers: response.headers, body, text } };
}

/**
 * GETs (or sends) one JSON request with a timeout per attempt, retries with exponential
 * backoff and full jitter on 408/429/5xx, network errors and timeouts, honours Retry-After
 * (capped), and refuses calls while the source's circuit breaker is open.
 */
export async function requestJson(request: HttpRequest, options: HttpOptions = {}): Promise<HttpResponse> {
  const maxRetries = options.maxRetries ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const breaker = (options.breakers ?? sharedCircuitBreakers).forKey(request.sourceKey);
  const url = redactUrl(request.url, request.secretParams);

  for (let attemptIndex = 0; ; attemptIndex++) {
    breaker.assertCanRequest();
    const outcome = await attempt(request, url, options, now());
    if (outcome.ok) {
      breaker.recordSuccess();
      return outcome.response;
    }
    // A 4xx shows the server is up; only its own faults count towards opening the circuit.
    if (outcome.serverFault) breaker.recordFailure();
    else breaker.recordSuccess();
    outcome.error.attempts = attemptIndex + 1;
    if (!outcome.error.retriable || attemptIndex >= maxRetries) throw outcome.error;
    const backoff = random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attemptIndex);
    const delayMs = Math.round(
      outcome.retryAfterMs === null ? backoff : Math.min(outcome.retryAfterMs, maxRetryAfterMs),
    );
    options.onRetry?.({ attempt: attemptIndex + 1, delayMs, error: outcome.error });
    await sleep(delayMs);
  }
}
