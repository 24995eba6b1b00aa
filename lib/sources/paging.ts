import { requestJson, type HttpOptions } from "./http";
import type { RawPage, SourceResource } from "./types";

const keptHeaders = /^(?:content-type|date|retry-after|x-request-id|x-ratelimit-.*|x-rapidapi-.*|ratelimit-.*)$/i;

export type QueryValues = Record<string, string | number | undefined>;

export interface PageRequest {
  sourceKey: string;
  resource: SourceResource;
  baseUrl: string;
  /** Appended to the base URL, which may carry a path prefix of its own. */
  path: string;
  params: QueryValues;
  /** Sent but never stored: API keys in the query string. */
  secretParams?: Record<string, string>;
  headers?: Record<string, string> | ((url: URL) => Record<string, string>);
  http?: HttpOptions;
}

export function buildUrl(baseUrl: string, path: string, params: QueryValues): URL {
  const url = new URL(baseUrl.replace(/\/+$/, "") + path);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/** Fetches one page and wraps it as a RawPage with secrets stripped from URL and params. */
export async function fetchRawPage(request: PageRequest): Promise<RawPage> {
  const url = buildUrl(request.baseUrl, request.path, { ...request.params, ...request.secretParams });
  const headers = request.headers;
  const response = await requestJson(
    {
      sourceKey: request.sourceKey,
      url: url.toString(),
      headers: typeof headers === "function" ? () => headers(url) : headers,
      secretParams: Object.keys(request.secretParams ?? {}),
    },
    request.http,
  );
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.params)) if (value !== undefined) params[name] = String(value);
  const storedHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (keptHeaders.test(name)) storedHeaders[name] = value;
  });
  return {
    resource: request.resource,
    url: response.url,
    params,
    status: response.status,
    headers: storedHeaders,
    body: response.body,
    bodyText: response.text,
    fetchedAt: new Date(),
  };
}

/** Counts records against a run's maxItems and marks the page where it runs out. */
export class ItemBudget {
  private fetched: number;
  /** `alreadyFetched`: records a resumed run fetched before. */
  constructor(
    private readonly maxItems: number | undefined,
    alreadyFetched = 0,
  ) {
    this.fetched = alreadyFetched;
  }

  /** Records the page's records; returns the page, limited when the budget ends inside it. */
  spend(page: RawPage, recordCount: number): RawPage {
    const remaining = this.remaining;
    this.fetched += recordCount;
    return remaining < recordCount ? { ...page, recordLimit: remaining } : page;
  }

  get remaining(): number {
    return this.maxItems === undefined ? Number.POSITIVE_INFINITY : Math.max(0, this.maxItems - this.fetched);
  }

  get exhausted(): boolean {
    return this.remaining === 0;
  }
}

/** A cursor value as a number, or the fallback when the cursor lacks it. */
export function cursorNumber(cursor: Record<string, string | number> | undefined, key: string, fallback: number): number {
  const value = Number(cursor?.[key]);
  return Number.isFinite(value) ? value : fallback;
}

/** The incremental cut-off, or undefined for a full fetch. */
export function incrementalSince(options: { mode: "full" | "incremental"; since?: Date }): Date | undefined {
  return options.mode === "incremental" ? options.since : undefined;
}
