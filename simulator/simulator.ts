import { z } from "zod";
import { Catalog, type AdvanceRequest } from "./catalog/catalog";
import { sourceNames, type SourceName } from "./catalog/channels";
import type { SimulatorCredentials } from "./credentials";
import { FaultBook, faultsFromQuery, faultsRequestSchema, noFaults, type ActiveFaults, type FaultRule } from "./faults";
import { bodyBytes, bytesResponse, jsonResponse, sleep } from "./http";
import { lamodaWebhookHeaders } from "./lamoda-signing";
import { resolveOptions, type SimulatorOptions } from "./options";
import { groundTruthEntries, groundTruthOf, type GroundTruthEntry } from "./records";
import { adzunaHandler } from "./sources/adzuna";
import { greenhouseHandler } from "./sources/greenhouse";
import { hhHandler } from "./sources/hh";
import { createLamodaHandler } from "./sources/lamoda";
import { buildLamodaJobEvent, type LamodaJobEventType, type LamodaWebhookEvent } from "./sources/lamoda-records";
import { jsearchHandler } from "./sources/jsearch";
import { leverHandler } from "./sources/lever";
import type { ReportedPlacement } from "./sources/lamoda-placement-reports";
import type { SourceHandler } from "./sources/shared";

export interface SimulatorState {
  seed: number | string;
  generation: number;
  now: string;
  sources: Record<SourceName, { total: number; partitions: Array<{ partition: string; total: number }> }>;
  faults: Partial<Record<SourceName, FaultRule[]>>;
  requests: Record<SourceName, number>;
  /** Answers sent from and stored in the response cache (SimulatorOptions.cacheResponses). */
  cache: { hits: number; stored: number };
}

export interface SignedLamodaWebhook {
  event: LamodaWebhookEvent;
  rawBody: string;
  headers: Record<string, string>;
}

export interface Simulator {
  handle(request: Request): Promise<Response>;
  /** Adds `jobs` new records per source (and changes `changes` existing ones), one simulated hour later by default. */
  advance(request: AdvanceRequest | number): SimulatorState;
  setFaults(source: SourceName, rules: readonly FaultRule[], options?: { append?: boolean }): void;
  /** Back to the options: generation 0, the configured faults, request counters at zero. */
  reset(): void;
  state(): SimulatorState;
  groundTruth(source: SourceName, externalId: string): GroundTruthEntry | undefined;
  groundTruthEntries(sources?: readonly SourceName[]): Generator<GroundTruthEntry>;
  /** Adzuna/JSearch country codes, Greenhouse board tokens, Lever site names ("ru" for HH and Lamoda). */
  partitions(source: SourceName): string[];
  lamodaJobWebhook(jobId: string, type: LamodaJobEventType, createdAtMs?: number): SignedLamodaWebhook | undefined;
  /** Hires reported to the marketplace's POST /v1/placements, one per external_reference. */
  lamodaPlacementReports(): ReportedPlacement[];
  readonly credentials: SimulatorCredentials;
}

const advanceSchema = z.object({
  jobs: z.number().int().nonnegative().optional(),
  changes: z.number().int().nonnegative().optional(),
  sources: z.array(z.enum(sourceNames)).optional(),
  hours: z.number().positive().optional(),
});

/** The response cache's size limit (a 100k-job catalogue's pages take about 170 MB). */
const maxCachedBytes = 1024 ** 3;

function isFaultless(faults: ActiveFaults): boolean {
  return (Object.keys(noFaults) as Array<keyof ActiveFaults>).every((key) => faults[key] === noFaults[key]) && faults.error === undefined && faults.malformedEvery === undefined;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const resolved = resolveOptions(options);
  const lamoda = createLamodaHandler(resolved.lamoda);
  const handlers: Record<SourceName, SourceHandler> = {
    adzuna: adzunaHandler,
    jsearch: jsearchHandler,
    hh: hhHandler,
    greenhouse: greenhouseHandler,
    lever: leverHandler,
    lamoda,
  };
  let catalog = new Catalog(resolved);
  const faults = new FaultBook();
  const requests = Object.fromEntries(sourceNames.map((source) => [source, 0])) as Record<SourceName, number>;
  const cached = new Map<string, { status: number; headers: [string, string][]; bytes: Buffer<ArrayBuffer> }>();
  const cacheStats = { hits: 0, stored: 0 };
  let cachedBytes = 0;

  const reset = () => {
    catalog = new Catalog(resolved);
    cached.clear();
    cachedBytes = 0;
    lamoda.placementReports.clear();
    faults.clear();
    for (const source of sourceNames) {
      faults.set(source, resolved.faults[source] ?? []);
      requests[source] = 0;
    }
  };
  reset();

  const state = (): SimulatorState => ({
    seed: resolved.seed,
    generation: catalog.generation,
    now: new Date(catalog.now).toISOString(),
    sources: Object.fromEntries(sourceNames.map((source) => [source, {
      total: catalog.sourceTotal(source),
      partitions: catalog.channelsOf(source).map((channel) => ({ partition: channel.partition, total: catalog.total(channel) })),
    }])) as SimulatorState["sources"],
    faults: faults.snapshot(),
    requests: { ...requests },
    cache: { ...cacheStats },
  });

  const advance = (request: AdvanceRequest | number) => {
    catalog.advance(typeof request === "number" ? { jobs: request } : request);
    // Pages of the catalogue before are never asked for again.
    cached.clear();
    cachedBytes = 0;
    return state();
  };

  const handleControl = async (request: Request, action: string): Promise<Response> => {
    if (action === "state" && request.method === "GET") return jsonResponse(state());
    if (request.method !== "POST") return jsonResponse({ error: `No control route ${request.method} ${action}` }, 404);
    const body: unknown = await request.json().catch(() => ({}));
    if (action === "reset") {
      reset();
      return jsonResponse(state());
    }
    if (action === "faults") {
      const parsed = faultsRequestSchema.safeParse(body);
      if (!parsed.success) return jsonResponse({ error: z.prettifyError(parsed.error) }, 400);
      faults.set(parsed.data.source, parsed.data.faults, parsed.data.append);
      return jsonResponse(state());
    }
    if (action === "advance") {
      const parsed = advanceSchema.safeParse(body);
      if (!parsed.success) return jsonResponse({ error: z.prettifyError(parsed.error) }, 400);
      return jsonResponse(advance(parsed.data));
    }
    return jsonResponse({ error: `No control route ${action}` }, 404);
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.startsWith(`${resolved.basePath}/`) ? url.pathname.slice(resolved.basePath.length) : url.pathname;
    const [, first = "", ...rest] = path.split("/");
    if (first === "_control" && resolved.control) return handleControl(request, rest.join("/"));
    const source = sourceNames.find((name) => name === first);
    if (!source) return jsonResponse({ error: `Unknown simulator route ${path}; sources: ${sourceNames.join(", ")}` }, 404);
    return handleSource(request, url, source, `/${rest.join("/")}`);
  };

  const handleSource = async (request: Request, url: URL, source: SourceName, apiPath: string): Promise<Response> => {
    requests[source]++;
    const handler = handlers[source];
    const sourceRequest = {
      request,
      path: apiPath,
      params: url.searchParams,
      rawPathWithQuery: `${url.pathname}${url.search}`,
      body: request.method === "GET" || request.method === "HEAD" ? "" : await request.text(),
    };
    const context = { catalog, credentials: resolved.credentials, faults: faults.take(source, faultsFromQuery(url.searchParams)), clockMs: resolved.clock() };
    await sleep(context.faults.delayMs, request.signal);
    const denied = handler.authenticate(sourceRequest, context);
    if (denied) return denied;
    if (context.faults.error) return handler.errorFor(context.faults.error);
    if (!resolved.cacheResponses || request.method !== "GET" || !isFaultless(context.faults)) return handler.handle(sourceRequest, context);
    // The generation changes whenever the catalogue does (advance, reset).
    const key = `${catalog.generation} ${source} ${sourceRequest.rawPathWithQuery}`;
    const hit = cached.get(key);
    if (hit) {
      cacheStats.hits++;
      return bytesResponse(hit.bytes, hit.status, hit.headers);
    }
    const response = await handler.handle(sourceRequest, context);
    if (!response.ok) return response;
    const entry = { status: response.status, headers: [...response.headers.entries()], bytes: await bodyBytes(response) };
    // Bounded: past the cap, pages are rendered for every request again.
    if (cachedBytes + entry.bytes.length <= maxCachedBytes) {
      cached.set(key, entry);
      cachedBytes += entry.bytes.length;
      cacheStats.stored++;
    }
    return bytesResponse(entry.bytes, entry.status, entry.headers);
  };

  return {
    handle,
    advance,
    setFaults: (source, rules, setOptions) => faults.set(source, rules, setOptions?.append),
    reset,
    state,
    groundTruth: (source, externalId) => groundTruthOf(catalog, source, externalId),
    groundTruthEntries: (sources = sourceNames) => groundTruthEntries(catalog, sources),
    lamodaPlacementReports: () => lamoda.placementReports.list(),
    partitions: (source) => catalog.channelsOf(source).map((channel) => channel.partition),
    lamodaJobWebhook: (jobId, type, createdAtMs) => {
      const event = buildLamodaJobEvent(catalog, jobId, type, createdAtMs);
      if (!event) return undefined;
      const rawBody = JSON.stringify(event);
      return { event, rawBody, headers: lamodaWebhookHeaders(resolved.credentials.lamodaWebhookSecret, rawBody, resolved.clock()) };
    },
    credentials: resolved.credentials,
  };
}
