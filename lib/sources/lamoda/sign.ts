import { createHmac } from "node:crypto";

/** Hex HMAC-SHA256 over METHOD \n PATH_WITH_QUERY \n TIMESTAMP \n BODY, as docs/sources/lamoda.md says. */
export function lamodaSignature(input: {
  secret: string;
  method: string;
  pathWithQuery: string;
  timestamp: number;
  body?: string;
}): string {
  const payload = `${input.method.toUpperCase()}\n${input.pathWithQuery}\n${input.timestamp}\n${input.body ?? ""}`;
  return createHmac("sha256", input.secret).update(payload).digest("hex");
}

export function lamodaAuthHeaders(input: { apiKey: string; apiSecret: string; url: URL; nowMs: number }): Record<string, string> {
  const timestamp = Math.floor(input.nowMs / 1000);
  const pathWithQuery = input.url.pathname + input.url.search;
  return {
    "X-Api-Key": input.apiKey,
    "X-Timestamp": String(timestamp),
    "X-Signature": lamodaSignature({ secret: input.apiSecret, method: "GET", pathWithQuery, timestamp }),
  };
}
