import type { z } from "zod";
import type { CanonicalCandidate, CanonicalJob, SourceType } from "../etl/canonical";
import type { HttpOptions } from "./http";
import type { LamodaPlacement as SourcePlacement } from "./lamoda/schema";

export type SyncMode = "full" | "incremental";
export type SourceResource = "jobs" | "candidates" | "placements";
export type SourceEnv = Readonly<Record<string, string | undefined>>;

/** One API response exactly as received, plus what is needed to find and re-read it later. */
export interface RawPage {
  resource: SourceResource;
  /** The request URL without secrets. */
  url: string;
  /** The query (and path) parameters that chose this page, without secrets. */
  params: Record<string, string>;
  status: number;
  /** Content type, date, rate-limit and request-id headers. */
  headers: Record<string, string>;
  /** Parsed JSON, untouched: transform can re-run from it without refetching. */
  body: unknown;
  /**
   * The JSON text `body` was parsed from, when the page is an HTTP response: stored as is, so the
   * extract does not write the body out again (JSON.stringify of a page costs more than parsing it).
   */
  bodyText?: string;
  fetchedAt: Date;
  /** Only the first n records count: the run's maxItems ran out inside this page. */
  recordLimit?: number;
  /** Things the sync log should show, e.g. HeadHunter's 2,000-result cap was hit. */
  warnings?: string[];
  /**
   * Where paging goes on after this page (FetchPagesOptions.resume), null after the last page;
   * undefined when the connector cannot resume mid-way.
   */
  next?: PageCursor | null;
}

/** A connector's own paging state, stored with each raw page so a retried extract resumes. */
export type PageCursor = Record<string, string | number>;

/** Continue paging from a stored page instead of from the first one. */
export interface ResumePoint {
  cursor: PageCursor;
  /** Records already fetched for the cursor's resource (the item budget spent so far). */
  fetched: number;
}

export interface FetchPagesOptions<Config = unknown, Credentials = unknown> {
  baseUrl: string;
  config: Config;
  credentials: Credentials;
  /** Incremental asks the API only for what changed since `since`; without `since` it is a full fetch. */
  mode: SyncMode;
  since?: Date;
  /** Stop once this many records (per resource) have been fetched. */
  maxItems?: number;
  http?: HttpOptions;
  /** Clock for incremental windows ("max_days_old"). */
  now?: () => Date;
  /** Start after already-stored pages; connectors that cannot resume ignore it (their pages have no `next`). */
  resume?: ResumePoint;
}

export type TransformFailure = { ok: false; error: string; externalId?: string };
export type JobTransformResult = { ok: true; job: CanonicalJob } | TransformFailure;
export type CandidateTransformResult = { ok: true; candidate: CanonicalCandidate } | TransformFailure;

/** What one record of each resource becomes before it is loaded. */
export interface ResourceItems {
  jobs: { externalId: string; job: CanonicalJob };
  candidates: { externalId: string; candidate: CanonicalCandidate };
  placements: SourcePlacement;
}
export type ResourceTransformResult<R extends SourceResource> = { ok: true; item: ResourceItems[R] } | TransformFailure;
/** The resources a connector serves, each with its transformer; the pipeline picks the loader by resource. */
export type ResourceHandlers = { [R in SourceResource]?: { transform(record: unknown): ResourceTransformResult<R> } };

/** What the extract and transform stages need from every source, whatever its API. */
export interface Connector {
  readonly type: SourceType;
  /** The source's settings in the API's own terms; `fetchPages` parses its `config` with it. */
  readonly configSchema: z.ZodType;
  readonly credentialsSchema: z.ZodType;
  /** The real API; callers pass the value of `baseUrlEnv` instead when it is set. */
  readonly defaultBaseUrl: string;
  readonly baseUrlEnv: string;
  /** Reads this source's keys from an env object; throws MissingCredentialsError. */
  credentialsFromEnv(env: SourceEnv): unknown;
  fetchPages(options: FetchPagesOptions): AsyncIterable<RawPage>;
  /** The raw records of a page; throws SourceFormatError when the envelope is broken. */
  recordsOf(page: RawPage): unknown[];
  transform(record: unknown): JobTransformResult;
  /** Sources that also send candidates (Lamoda). */
  transformCandidate?(record: unknown): CandidateTransformResult;
  /** Every resource this source serves (jobs always), with its transformer. */
  readonly resources: ResourceHandlers;
}
