// The client side of `npm run bench:api`, run in its own process so that its work does not
// share the server's event loop: reads a plan as JSON from argv, prints results as JSON.
import { Agent, request } from "node:http";
/** A JSON body makes the request a POST (GraphQL). */
type Requests = { baseUrl: string; key: string; paths: string[]; body?: string; timeoutMs: number };
export type LoadPlan =
  | ({ kind: "fixed"; clients: number; requestsPerClient: number; warmupPerClient?: number } & Requests)
  | ({ kind: "soak"; clients: number; seconds: number } & Requests)
  | { kind: "download"; baseUrl: string; key: string; path: string; timeoutMs: number };

/** One streamed download, read chunk by chunk and dropped: its time, size and CSV record count. */
export type DownloadResult = { status: number; seconds: number; first_byte_ms: number; bytes: number; chunks: number; csv_records: number; error: string | null };

export type LoadResult = {
  requests: number;
  ok: number;
  shed_503: number;
  other_5xx: number;
  other_status: number;
  /** Count per HTTP status other than 200 and 503. */
  statuses: Record<string, number>;
  timeouts: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  max_ms: number;
  /** Latencies of the answered requests only (timeouts excluded), shed answers included. */
  shed_p99_ms: number | null;
};

// One keep-alive connection per client, as fetch keeps them, but through node:http: the load
// generator shares the two cores with the server and PostgreSQL, and fetch (undici) spends
// about twice the CPU per request.
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Sends one request and reads its whole body; resolves with the status. */
function send(url: string, init: { method: string; body?: string; headers: Record<string, string>; timeoutMs: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.body ? { ...init.headers, "content-length": Buffer.byteLength(init.body) } : init.headers, agent, timeout: init.timeoutMs }, (res) => {
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(init.body);
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function run(plan: Exclude<LoadPlan, { kind: "download" }>): Promise<LoadResult> {
  const latencies: number[] = [];
  const shedLatencies: number[] = [];
  const tally = { requests: 0, ok: 0, shed_503: 0, other_5xx: 0, other_status: 0, timeouts: 0 };
  const statuses: Record<string, number> = {};
  const deadline = plan.kind === "soak" ? Date.now() + plan.seconds * 1000 : Infinity;
  let next = 0;

  let measuring = true;
  const one = async (path: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${plan.key}` };
    if (plan.body) headers["content-type"] = "application/json";
    const init = { method: plan.body ? "POST" : "GET", body: plan.body, headers, timeoutMs: plan.timeoutMs };
    if (!measuring) {
      // A warm-up request: it opens the client's connection and warms both processes' code.
      await send(plan.baseUrl + path, init).catch(() => undefined);
      return;
    }
    const started = performance.now();
    tally.requests++;
    try {
      const status = await send(plan.baseUrl + path, init);
      const ms = performance.now() - started;
      const bucket = status === 200 ? "ok" : status === 503 ? "shed_503" : status >= 500 ? "other_5xx" : "other_status";
      tally[bucket]++;
      if (bucket === "other_5xx" || bucket === "other_status") statuses[status] = (statuses[status] ?? 0) + 1;
      (bucket === "shed_503" ? shedLatencies : latencies).push(ms);
    } catch {
      tally.timeouts++;
    }
  };

  const client = async () => {
    if (plan.kind === "fixed") {
      for (let i = 0; i < plan.requestsPerClient; i++) await one(plan.paths[next++ % plan.paths.length]);
    } else {
      while (Date.now() < deadline) await one(plan.paths[next++ % plan.paths.length]);
    }
  };
  const warmup = plan.kind === "fixed" ? (plan.warmupPerClient ?? 0) : 0;
  if (warmup > 0) {
    // Every client warms up before any is measured, so the measured requests all meet the same
    // steady concurrency, not a burst of first connections from a freshly started process.
    measuring = false;
    await Promise.all(Array.from({ length: plan.clients }, async () => {
      for (let i = 0; i < warmup; i++) await one(plan.paths[next++ % plan.paths.length]);
    }));
    measuring = true;
  }
  await Promise.all(Array.from({ length: plan.clients }, client));
  latencies.sort((a, b) => a - b);
  shedLatencies.sort((a, b) => a - b);
  return {
    ...tally,
    statuses,
    p50_ms: percentile(latencies, 50),
    p95_ms: percentile(latencies, 95),
    p99_ms: percentile(latencies, 99),
    max_ms: percentile(latencies, 100),
    shed_p99_ms: shedLatencies.length ? percentile(shedLatencies, 99) : null,
  };
}

async function download(plan: Extract<LoadPlan, { kind: "download" }>): Promise<DownloadResult> {
  const started = performance.now();
  const result: DownloadResult = { status: 0, seconds: 0, first_byte_ms: 0, bytes: 0, chunks: 0, csv_records: 0, error: null };
  try {
    const res = await fetch(plan.baseUrl + plan.path, { headers: { authorization: `Bearer ${plan.key}` }, signal: AbortSignal.timeout(plan.timeoutMs) });
    result.status = res.status;
    // Records end in CRLF outside quotes; a quote may open in one chunk and close in the next.
    let quoted = false;
    let previous = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (result.chunks++ === 0) result.first_byte_ms = Math.round(performance.now() - started);
      result.bytes += chunk.length;
      for (const byte of chunk) {
        if (byte === 0x22) quoted = !quoted;
        else if (byte === 0x0a && previous === 0x0d && !quoted) result.csv_records++;
        previous = byte;
      }
    }
  } catch (err) {
    result.error = err instanceof Error ? err.message : String(err);
  }
  result.seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  return result;
}

if (process.argv[2] === "--plan") {
  const plan = JSON.parse(process.argv[3]) as LoadPlan;
  const result = plan.kind === "download" ? await download(plan) : await run(plan);
  process.stdout.write(JSON.stringify(result));
}
