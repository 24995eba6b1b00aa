import type { Catalog } from "../catalog/catalog";
import type { Channel, SourceName } from "../catalog/channels";
import type { SimulatorCredentials } from "../credentials";
import { isMalformedPosition, type ActiveFaults, type ErrorFault } from "../faults";
import { publishedJob, type PublishedJob } from "../records";

export interface SourceRequest {
  request: Request;
  /** The API's own path, after the simulator's `/{source}` prefix: `/v1/api/jobs/gb/search/1`. */
  path: string;
  params: URLSearchParams;
  /** Path and query exactly as the client sent them, prefix included. */
  rawPathWithQuery: string;
  body: string;
}

export interface SourceContext {
  catalog: Catalog;
  credentials: SimulatorCredentials;
  faults: ActiveFaults;
  /** Real wall-clock milliseconds, for signature windows (the catalog's `now` is simulated). */
  clockMs: number;
}

export interface SourceHandler {
  source: SourceName;
  /** Returns the API's own error response when the caller is not allowed in. */
  authenticate(request: SourceRequest, context: SourceContext): Response | undefined;
  errorFor(fault: ErrorFault): Response;
  handle(request: SourceRequest, context: SourceContext): Response;
}

export type JsonRecord = Record<string, unknown>;

/** Newest-first view of a channel, optionally only records posted at or after `since`. */
export function newestFirst(catalog: Catalog, channel: Channel, since?: number, until?: number): { count: number; indexAt(position: number): number } {
  const first = since === undefined ? 0 : catalog.firstIndexPostedFrom(channel, since);
  const end = until === undefined ? catalog.total(channel) : catalog.firstIndexPostedFrom(channel, until + 1);
  const count = Math.max(0, end - first);
  return { count, indexAt: (position) => end - 1 - position };
}

/** Renders the records at the given indices, applying the per-record faults. */
export function renderPage<T extends JsonRecord>(
  catalog: Catalog,
  channel: Channel,
  indices: readonly number[],
  faults: ActiveFaults,
  render: (job: PublishedJob) => T,
  breakages: ReadonlyArray<(record: JsonRecord) => void>,
): JsonRecord[] {
  const records: JsonRecord[] = [];
  indices.forEach((index, position) => {
    const job = publishedJob(catalog, channel, index, { forceHourly: faults.hourlySalary });
    if (!job) return;
    const record: JsonRecord = render(job);
    if (isMalformedPosition(faults, position)) breakages[index % breakages.length](record);
    records.push(record);
    // Same object twice, like the HH capture's exact repeats.
    if (faults.duplicateItems) records.push(record);
  });
  return records;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

export function withHtmlNoise(text: string, job: PublishedJob): string {
  const words = text.split(" ");
  const emphasised = words.map((word, i) => (i === 0 ? `<strong>${word}</strong>` : word)).join(" ");
  return job.rng.chance(0.5) ? `<p>${emphasised} &amp; more</p>` : `${emphasised}<br/>`;
}

export function adrefToken(parts: Record<string, string>, signatureSeed: number): string {
  const encode = (value: string) => Buffer.from(value).toString("base64url");
  const signature = Buffer.from(Array.from({ length: 32 }, (_, i) => (signatureSeed * (i + 7) + i * 31) & 0xff)).toString("base64url");
  return `${encode('{"alg":"HS256"}')}.${encode(JSON.stringify(parts))}.${signature}`;
}
