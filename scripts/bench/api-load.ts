// The client side of `npm run bench:api`, run in its own process so that its work does not
// share the server's event loop: reads a plan as JSON from argv, prints results as JSON.
export type LoadPlan =
  | { kind: "fixed"; baseUrl: string; key: string; paths: string[]; clients: number; requestsPerClient: number; timeoutMs: number }
  | { kind: "soak"; baseUrl: string; key: string; paths: string[]; clients: number; seconds: number; timeoutMs: number };

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

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const latencies: number[] = [];
  const shedLatencies: number[] = [];
  const tally = { requests: 0, ok: 0, shed_503: 0, other_5xx: 0, other_status: 0, timeouts: 0 };
  const statuses: Record<string, number> = {};
  const deadline = plan.kind === "soak" ? Date.now() + plan.seconds * 1000 : Infinity;
  let next = 0;

  const one = async (path: string) => {
    const started = performance.now();
    tally.requests++;
    try {
      const res = await fetch(plan.baseUrl + path, { headers: { authorization: `Bearer ${plan.key}` }, signal: AbortSignal.timeout(plan.timeoutMs) });
      await res.arrayBuffer();
      const ms = performance.now() - started;
      const bucket = res.status === 200 ? "ok" : res.status === 503 ? "shed_503" : res.status >= 500 ? "other_5xx" : "other_status";
      tally[bucket]++;
      if (bucket === "other_5xx" || bucket === "other_status") statuses[res.status] = (statuses[res.status] ?? 0) + 1;
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

if (process.argv[2] === "--plan") {
  const result = await run(JSON.parse(process.argv[3]) as LoadPlan);
  process.stdout.write(JSON.stringify(result));
}
