import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./url-guard";

/** Response bodies kept per attempt; the rest is not read. */
export const responseBodyCapBytes = 8 * 1024;

export type SendRequest = { url: URL; target: ResolvedAddress; headers: Record<string, string>; body: string; timeoutMs: number };
export type SendResult = { status: number | null; responseBody: string | null; error: string | null; durationMs: number };

/** Answers every lookup with the address checked beforehand, so the connection goes there and nowhere else. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as LookupFunction;
}

/**
 * POSTs one webhook message. Never follows a redirect (a 3xx is just a failed attempt), gives
 * up after timeoutMs, and keeps at most responseBodyCapBytes of the answer. Never throws.
 */
export function sendWebhook(request: SendRequest): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const client = request.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    const req = client.request(
      request.url,
      {
        method: "POST",
        headers: { ...request.headers, "content-length": String(Buffer.byteLength(request.body)) },
        lookup: pinnedLookup(request.target),
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on("data", (chunk: Buffer) => {
          if (kept >= responseBodyCapBytes) return;
          const part = chunk.subarray(0, responseBodyCapBytes - kept);
          chunks.push(part);
          kept += part.length;
          if (kept >= responseBodyCapBytes) {
            finish({ status: res.statusCode ?? null, responseBody: Buffer.concat(chunks).toString("utf8"), error: null });
            res.destroy();
          }
        });
        res.on("end", () => finish({ status: res.statusCode ?? null, responseBody: Buffer.concat(chunks).toString("utf8"), error: null }));
        res.on("error", (err) => finish({ status: res.statusCode ?? null, responseBody: Buffer.concat(chunks).toString("utf8"), error: err.message }));
      },
    );
    const timer = setTimeout(() => {
      finish({ status: null, responseBody: null, error: `Timed out after ${request.timeoutMs} ms` });
      req.destroy();
    }, request.timeoutMs);
    req.on("error", (err) => finish({ status: null, responseBody: null, error: err.message || String(err) }));
    req.end(request.body);
  });
}
