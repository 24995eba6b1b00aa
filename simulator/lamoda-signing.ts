import { createHmac, timingSafeEqual } from "node:crypto";

/** Lamoda's replay window, in seconds, for request and webhook timestamps. */
export const LAMODA_SIGNATURE_WINDOW_SECONDS = 300;

export interface LamodaSignedRequest {
  method: string;
  /** Path plus `?query` exactly as sent, e.g. `/v1/jobs?page=2&per_page=100`. */
  pathWithQuery: string;
  /** Unix seconds, as sent in X-Timestamp. */
  timestamp: string;
  body: string;
}

export function signLamodaRequest(secret: string, request: LamodaSignedRequest): string {
  const canonical = `${request.method.toUpperCase()}\n${request.pathWithQuery}\n${request.timestamp}\n${request.body}`;
  return createHmac("sha256", secret).update(canonical).digest("hex");
}

/** The three headers a Lamoda client sends; `nowMs` defaults to the wall clock. */
export function lamodaRequestHeaders(
  credentials: { apiKey: string; secret: string },
  request: Omit<LamodaSignedRequest, "timestamp">,
  nowMs = Date.now(),
): Record<"X-Api-Key" | "X-Timestamp" | "X-Signature", string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { "X-Api-Key": credentials.apiKey, "X-Timestamp": timestamp, "X-Signature": signLamodaRequest(credentials.secret, { ...request, timestamp }) };
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Compare equal-length buffers even on a length mismatch, so timing says nothing about the prefix.
  return timingSafeEqual(left, left.length === right.length ? right : left) && left.length === right.length;
}

export function isFreshTimestamp(timestamp: string | null, nowMs: number): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowMs / 1000 - Number(timestamp)) <= LAMODA_SIGNATURE_WINDOW_SECONDS;
}

/** `sha256=<hex HMAC-SHA256(secret, timestamp + "." + rawBody)>`, the X-Lamoda-Signature value. */
export function signLamodaWebhook(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex")}`;
}

export function lamodaWebhookHeaders(secret: string, rawBody: string, nowMs = Date.now()): Record<"X-Lamoda-Timestamp" | "X-Lamoda-Signature" | "Content-Type", string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return { "X-Lamoda-Timestamp": timestamp, "X-Lamoda-Signature": signLamodaWebhook(secret, timestamp, rawBody), "Content-Type": "application/json" };
}
