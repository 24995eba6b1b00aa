import type { Catalog } from "../catalog/catalog";
import { integerParam, jsonResponse } from "../http";
import { constantTimeEqual, isFreshTimestamp, signLamodaRequest } from "../lamoda-signing";
import { PlacementReports } from "./lamoda-placement-reports";
import { candidateTimes, renderLamodaCandidate, renderLamodaJob, renderLamodaPlacement } from "./lamoda-records";
import { range, renderPage, type JsonRecord, type SourceContext, type SourceHandler, type SourceRequest } from "./shared";

export interface LamodaVolumes {
  candidates: number;
  placements: number;
}

type LamodaErrorCode = "INVALID_API_KEY" | "RATE_LIMITED" | "INVALID_REQUEST" | "RESOURCE_NOT_FOUND" | "SERVER_ERROR" | "SYNC_FAILED";

export function lamodaError(status: number, code: LamodaErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return jsonResponse({ error: { code, message } }, status, headers);
}

export type LamodaHandler = SourceHandler & { placementReports: PlacementReports };

export function createLamodaHandler(volumes: LamodaVolumes): LamodaHandler {
  const placementReports = new PlacementReports();
  return {
    source: "lamoda",
    placementReports,

    authenticate({ request, path, params, rawPathWithQuery, body }, { credentials, clockMs }) {
      const timestamp = request.headers.get("x-timestamp");
      const signature = request.headers.get("x-signature") ?? "";
      const keyMatches = constantTimeEqual(request.headers.get("x-api-key") ?? "", credentials.lamodaApiKey);
      const query = params.toString() ? rawPathWithQuery.slice(rawPathWithQuery.indexOf("?")) : "";
      // Clients sign the API path relative to their base URL; a signature over the full path as sent is accepted too.
      const signedPaths = [`${path}${query}`, rawPathWithQuery];
      const signatureMatches = signedPaths
        .map((pathWithQuery) => signLamodaRequest(credentials.lamodaApiSecret, { method: request.method, pathWithQuery, timestamp: timestamp ?? "", body }))
        .map((expected) => constantTimeEqual(expected, signature))
        .some(Boolean);
      if (!keyMatches) return lamodaError(401, "INVALID_API_KEY", "Unknown API key");
      if (!isFreshTimestamp(timestamp, clockMs)) return lamodaError(401, "INVALID_API_KEY", "Timestamp is missing or outside the 300 s window");
      if (!signatureMatches) return lamodaError(401, "INVALID_API_KEY", "Signature mismatch");
      return undefined;
    },

    errorFor(fault) {
      if (fault.kind === "rate_limit") return lamodaError(429, "RATE_LIMITED", "Too many requests", { "retry-after": String(fault.retryAfterSeconds) });
      if (fault.kind === "upstream_error") return lamodaError(502, "SYNC_FAILED", "Upstream catalogue sync failed, retry later");
      return lamodaError(500, "SERVER_ERROR", "Internal error");
    },

    handle(request, context) {
      if (request.request.method === "POST" && request.path === "/v1/placements") return placementReports.receive(context.catalog, request.body);
      if (request.request.method !== "GET") return lamodaError(404, "RESOURCE_NOT_FOUND", `No route ${request.request.method} ${request.path}`);
      const paging = parsePaging(request);
      if ("error" in paging) return paging.error;
      if (request.path === "/v1/jobs") return listJobs(context, paging);
      if (request.path === "/v1/candidates") return listPeople(context, paging, volumes.candidates, (i) => renderLamodaCandidate(context.catalog, volumes.candidates, i));
      if (request.path === "/v1/placements") return listPeople(context, paging, volumes.placements, (i) => renderLamodaPlacement(context.catalog, volumes.placements, i, volumes.candidates));
      return lamodaError(404, "RESOURCE_NOT_FOUND", `No route GET ${request.path}`);
    },
  };
}

interface Paging {
  page: number;
  perPage: number;
  updatedSince?: number;
}

function parsePaging({ params }: SourceRequest): Paging | { error: Response } {
  const page = integerParam(params, "page", 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const perPage = integerParam(params, "per_page", 1, 500) ?? 100;
  const since = params.get("updated_since");
  const updatedSince = since === null ? undefined : Date.parse(since);
  if (Number.isNaN(page)) return { error: lamodaError(400, "INVALID_REQUEST", "page must be a whole number from 1") };
  if (Number.isNaN(perPage)) return { error: lamodaError(400, "INVALID_REQUEST", "per_page must be between 1 and 500") };
  if (updatedSince !== undefined && Number.isNaN(updatedSince)) return { error: lamodaError(400, "INVALID_REQUEST", "updated_since must be an ISO 8601 time") };
  return { page, perPage, updatedSince };
}

function envelope(data: JsonRecord[], paging: Paging, total: number): Response {
  return jsonResponse({ data, meta: { page: paging.page, per_page: paging.perPage, total, total_pages: Math.ceil(total / paging.perPage) } });
}

/** Oldest first: records posted since the cursor, then older records changed since it. */
function jobIndicesSince(catalog: Catalog, updatedSince: number | undefined): { count: number; indexAt(position: number): number } {
  const channel = catalog.channelsOf("lamoda")[0];
  const total = catalog.total(channel);
  if (updatedSince === undefined) return { count: total, indexAt: (position) => position };
  const first = catalog.firstIndexPostedFrom(channel, updatedSince);
  const changedEarlier = catalog.changedSince(channel, updatedSince).filter((index) => index < first);
  const fresh = total - first;
  return { count: fresh + changedEarlier.length, indexAt: (position) => (position < fresh ? first + position : changedEarlier[position - fresh]) };
}

function listJobs({ catalog, faults }: SourceContext, paging: Paging): Response {
  const channel = catalog.channelsOf("lamoda")[0];
  const window = jobIndicesSince(catalog, paging.updatedSince);
  const from = (paging.page - 1) * paging.perPage;
  const indices = range(from, Math.min(window.count, from + paging.perPage)).map(window.indexAt);
  const data = renderPage(catalog, channel, indices, faults, (job) => withoutOptional(renderLamodaJob(job, faults.htmlInText), faults.missingFields), breakages);
  return envelope(data, paging, window.count);
}

function listPeople({ catalog }: SourceContext, paging: Paging, count: number, render: (index: number) => JsonRecord): Response {
  let first = 0;
  if (paging.updatedSince !== undefined) {
    const since = paging.updatedSince;
    while (first < count && candidateTimes(catalog, count, first) < since) first++;
  }
  const from = first + (paging.page - 1) * paging.perPage;
  return envelope(range(from, Math.min(count, from + paging.perPage)).map(render), paging, count - first);
}

function withoutOptional(record: JsonRecord, missingFields: boolean): JsonRecord {
  if (missingFields) for (const key of ["salary", "seniority", "skills", "company"]) delete record[key];
  return record;
}

const breakages: ReadonlyArray<(record: JsonRecord) => void> = [
  (record) => delete record.id,
  (record) => (record.title = null),
  (record) => (record.updated_at = "not a date"),
  (record) => (record.location = { remote: "yes" }),
];
