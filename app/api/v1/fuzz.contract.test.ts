import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, openApiTestEnvironment, type ApiTestEnvironment } from "@/tests/api";

// Every /api/v1 route and method, found on disk, so a new route is fuzzed without editing this file.
type Handler = Parameters<typeof callRoute>[0];
type Route = { path: string; method: string; handler: Handler; params: string[] };

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(join(dir, e.name)) : e.name === "route.ts" ? [join(dir, e.name)] : []));
}

async function discoverRoutes(): Promise<Route[]> {
  const root = join(process.cwd(), "app/api/v1");
  const routes: Route[] = [];
  for (const file of routeFiles(root)) {
    const dir = relative(root, file).replace(/\/?route\.ts$/, "");
    const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const params = [...dir.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
      if (typeof mod[method] === "function") routes.push({ path: `/api/v1/${dir}`, method, handler: mod[method] as Handler, params });
    }
  }
  return routes;
}

const long = "x".repeat(10_000);
const badStrings = ["a\u0000b", long, "-1", "0", "1e309", "-99999999999999999999", "99999999999999999999999", "NaN", "1.5", "[]", "' or 1=1 --"];
const queryNames = ["q", "location", "source", "page", "limit", "remote", "min_salary", "max_salary", "employment_type", "level", "internship", "posted_since", "status", "mode", "cursor", "due_before", "application_id", "algorithm", "candidate_id", "job_id"];
const paramValues = ["not-a-uuid", "\u0000", long, "00000000-0000-0000-0000-000000000000", "-1", "%00"];

const jsonEsc = (s: string) => JSON.stringify(s);
const bodies: Array<{ raw: string; type?: string }> = [
  { raw: "{nope" },
  { raw: "" },
  { raw: "null" },
  { raw: "[]" },
  { raw: '"text"' },
  { raw: "1e400" },
  { raw: "[".repeat(5000) + "]".repeat(5000) },
  { raw: '{"source":"\\u0000","name":"\\u0000","type":"lever","scope":"\\u0000"}' },
  { raw: '{"source":"\\ud800","name":"\\udc00x","type":"lever"}' },
  { raw: '{"a\\u0000":1}' },
  { raw: `{"source":${jsonEsc(long)},"name":${jsonEsc(long)},"type":"lever","mode":"full"}` },
  { raw: '{"source":["Adzuna GB"],"mode":["full"],"name":["n"],"type":["lever"],"scope":["all"]}' },
  { raw: '{"source":{"$gt":""},"mode":{"x":1},"config":"str","enabled":"yes"}' },
  { raw: '{"source":"Adzuna GB","mode":"full","max_items":1e308}' },
  { raw: '{"source":"Adzuna GB","mode":"full","max_items":-5}' },
  { raw: '{"type":"lever","name":"fuzz","config":{"site":"\\u0000"},"schedule":"99 99 99 99 99"}' },
  { raw: '{"type":"lever","name":"fuzz2","schedule":' + jsonEsc(long.slice(0, 5000)) + "}" },
  { raw: '{"job_id":"00000000-0000-0000-0000-000000000000","candidate_id":"\\u0000","stage":"hired","allow_repost":"yes"}' },
  { raw: '{"status":"nope","note":' + jsonEsc(long) + "}" },
  { raw: '{"application_id":"00000000-0000-0000-0000-000000000000","salary":1e308,"salary_currency":"euro","start_date":"2027-02-30"}' },
  { raw: '{"external_job":{"url":"javascript:alert(1)","title":""},"contacts":[{"name":null}]}' },
  { raw: "source=x&mode=full", type: "application/x-www-form-urlencoded" },
  { raw: "--b\r\nContent-Disposition: form-data; name=source\r\n\r\nx\r\n--b--", type: "multipart/form-data; boundary=b" },
  { raw: '{"source":"x"}', type: "text/plain" },
  { raw: "\u0000\u0000", type: "application/octet-stream" },
];

let env: ApiTestEnvironment;
let routes: Route[];
beforeAll(async () => {
  env = await openApiTestEnvironment();
  routes = await discoverRoutes();
});
afterAll(() => env.close());

type Failure = { route: string; input: string; status: number; body: string };

async function probe(route: Route, path: string, init: Parameters<typeof callRoute>[2], input: string, failures: Failure[]) {
  const res = await callRoute(route.handler, path, { key: env.keys.admin, method: route.method, ...init });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  // A success may be another media type (an export's CSV, a file); a refusal is always JSON.
  const otherMedia = res.status < 400 && !(res.headers.get("content-type") ?? "").includes("json");
  const errorBody = res.status >= 400 ? (json as { error?: { code?: unknown; message?: unknown } } | null)?.error : { code: "ok", message: "ok" };
  if (res.status >= 500 || (!otherMedia && (json === null || typeof errorBody?.code !== "string" || typeof errorBody?.message !== "string"))) {
    failures.push({ route: `${route.method} ${route.path}`, input: input.slice(0, 80), status: res.status, body: text.slice(0, 200) });
  }
}

function pathFor(route: Route, value: string): { path: string; params: Record<string, string> } {
  const params = Object.fromEntries(route.params.map((p) => [p, value]));
  const path = route.path.replace(/\[(\w+)\]/g, (_m, p: string) => encodeURIComponent(params[p]));
  return { path, params };
}

describe("every /api/v1 route under bad input", () => {
  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(expect.arrayContaining(["GET /api/v1/jobs", "POST /api/v1/sync", "POST /api/v1/webhooks/lamoda", "POST /api/v1/applications", "POST /api/v1/applications/[id]/status", "GET /api/v1/jobs/[id]/funnel", "POST /api/v1/placements", "GET /api/v1/recommendations", "POST /api/v1/recommendations/dismiss", "DELETE /api/v1/recommendations/dismiss", "GET /api/v1/companies/[id]/insight"]));
  });

  it("never answers 5xx, and always answers JSON with an error body when it refuses", { timeout: 600_000 }, async () => {
    const failures: Failure[] = [];
    let probes = 0;
    const started = Date.now();
    for (const route of routes) {
      const base = pathFor(route, "00000000-0000-0000-0000-000000000000");
      for (const value of paramValues) {
        if (!route.params.length) break;
        const { path, params } = pathFor(route, value);
        await probe(route, path, { params }, `param=${value}`, failures);
        probes++;
      }
      // Query strings matter where a route reads them: every GET; a couple suffice elsewhere.
      for (const name of route.method === "GET" ? queryNames : queryNames.slice(0, 2)) {
        for (const value of badStrings) {
          const qs = new URLSearchParams([[name, value]]).toString();
          await probe(route, `${base.path}?${qs}`, { params: base.params }, `${name}=${value}`, failures);
          probes++;
        }
        // The same name twice: an array where a scalar belongs.
        await probe(route, `${base.path}?${name}=1&${name}=2`, { params: base.params }, `${name} twice`, failures);
        probes++;
      }
      if (route.method === "GET") continue;
      for (const body of bodies) {
        const headers = { "content-type": body.type ?? "application/json" };
        await probe(route, base.path, { params: base.params, rawBody: body.raw, headers }, `body=${body.raw}`, failures);
        probes++;
      }
    }
    console.log(`[fuzz] ${probes} probes in ${Date.now() - started} ms`);
    expect(probes).toBeGreaterThan(400);
    expect(failures).toEqual([]);
  });
});
