import { z } from "zod";
import { canonicalCandidateSchema, canonicalJobSchema, type CanonicalCandidate, type CanonicalJob, type SourceType } from "../etl/canonical";
import { SourceConfigError, SourceFormatError } from "./errors";
import type {
  CandidateTransformResult,
  Connector,
  FetchPagesOptions,
  JobTransformResult,
  RawPage,
  ResourceHandlers,
  ResourceTransformResult,
  SourceEnv,
  TransformFailure,
} from "./types";

export interface ConnectorDefinition<Config, Credentials> {
  type: SourceType;
  configSchema: z.ZodType<Config>;
  credentialsSchema: z.ZodType<Credentials>;
  defaultBaseUrl: string;
  baseUrlEnv: string;
  credentialsFromEnv(env: SourceEnv): Credentials;
  fetchPages(options: FetchPagesOptions<Config, Credentials>): AsyncIterable<RawPage>;
  recordsOf(page: RawPage): unknown[];
  transform(record: unknown): JobTransformResult;
  transformCandidate?(record: unknown): CandidateTransformResult;
  /** Resources beyond jobs (jobs come from `transform`). */
  resources?: Omit<ResourceHandlers, "jobs">;
}

function parseOrThrow<T>(type: SourceType, what: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new SourceConfigError(type, `invalid ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Wraps a typed connector so callers can hand it config and credentials straight from storage. */
export function defineConnector<Config, Credentials>(definition: ConnectorDefinition<Config, Credentials>): Connector {
  const jobs = {
    transform(record: unknown): ResourceTransformResult<"jobs"> {
      const result = definition.transform(record);
      return result.ok ? { ok: true, item: { externalId: result.job.externalId, job: result.job } } : result;
    },
  };
  return {
    ...definition,
    resources: { jobs, ...definition.resources },
    // A generator, so a bad config surfaces where the pages are consumed, like any fetch error.
    async *fetchPages(options: FetchPagesOptions) {
      yield* definition.fetchPages({
        ...options,
        config: parseOrThrow(definition.type, "config", definition.configSchema, options.config),
        credentials: parseOrThrow(definition.type, "credentials", definition.credentialsSchema, options.credentials),
      });
    },
  };
}

/** The page body checked against the API's envelope; throws SourceFormatError carrying the page. */
export function parseEnvelope<Envelope>(type: SourceType, envelope: z.ZodType<Envelope>, page: RawPage): Envelope {
  const parsed = envelope.safeParse(page.body);
  if (!parsed.success) {
    throw new SourceFormatError(type, `unexpected page format at ${page.url}: ${z.prettifyError(parsed.error)}`, page);
  }
  return parsed.data;
}

/** The records of a page, honouring the page's recordLimit. */
export function limitRecords(page: RawPage, records: unknown[]): unknown[] {
  return page.recordLimit === undefined ? records : records.slice(0, page.recordLimit);
}

function rawIdOf(record: unknown): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const { id, job_id: jobId } = record as Record<string, unknown>;
  const value = id ?? jobId;
  return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
}

function firstIssue(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(record)"}: ${issue.message}`)
    .join("; ");
}

function runTransform<Raw, Out>(
  record: unknown,
  rawSchema: z.ZodType<Raw>,
  map: (raw: Raw) => Out,
  outputSchema: z.ZodType<Out>,
): { ok: true; value: Out } | TransformFailure {
  const externalId = rawIdOf(record);
  const raw = rawSchema.safeParse(record);
  if (!raw.success) return { ok: false, error: `raw record: ${firstIssue(raw.error)}`, externalId };
  let mapped: Out;
  try {
    mapped = map(raw.data);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), externalId };
  }
  // The canonical schema guards what the load stage relies on (lengths, integers, non-empty ids).
  const checked = outputSchema.safeParse(mapped);
  if (!checked.success) return { ok: false, error: `canonical record: ${firstIssue(checked.error)}`, externalId };
  return { ok: true, value: checked.data };
}

export function transformJob<Raw>(record: unknown, rawSchema: z.ZodType<Raw>, map: (raw: Raw) => CanonicalJob): JobTransformResult {
  const result = runTransform(record, rawSchema, map, canonicalJobSchema);
  return result.ok ? { ok: true, job: result.value } : result;
}

export function transformCandidate<Raw>(
  record: unknown,
  rawSchema: z.ZodType<Raw>,
  map: (raw: Raw) => CanonicalCandidate,
): CandidateTransformResult {
  const result = runTransform(record, rawSchema, map, canonicalCandidateSchema);
  return result.ok ? { ok: true, candidate: result.value } : result;
}
