import { boardPageSize } from "@/lib/applications/board-stages";
import type { ApplicationStage } from "@/lib/applications/stages";
import type { PageResponse } from "@/lib/http/pagination";
import type { applicationListItemForApi } from "@/lib/applications/serialize";

/** One application as GET /api/v1/applications lists it. */
export type ApplicationItem = ReturnType<typeof applicationListItemForApi>;

export type ApplicationsPage = PageResponse<ApplicationItem>;

/** A refusal from the API with its code and details, e.g. `note_required` or `invalid_transition` with `details.allowed`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}

/** fetch for the board: JSON in and out; a refusal or a lost connection becomes an ApiError with a message people can read. */
export async function callApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init?.method ?? "GET",
      headers: init?.body ? { "content-type": "application/json" } : undefined,
      body: init?.body ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached; check your connection and try again.");
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? "error", json?.error?.message ?? `Request failed (${res.status}).`, json?.error?.details ?? null);
  return json as T;
}

export function applicationsPath(filter: { jobId: string | null; stage: ApplicationStage; page: number }) {
  const params = new URLSearchParams({ stage: filter.stage, page: String(filter.page), limit: String(boardPageSize) });
  if (filter.jobId) params.set("job_id", filter.jobId);
  return `/api/v1/applications?${params}`;
}

export const fetchStagePage = (filter: { jobId: string | null; stage: ApplicationStage; page: number }) => callApi<ApplicationsPage>(applicationsPath(filter));

export const moveApplication = (id: string, body: { status: ApplicationStage; note?: string }) =>
  callApi<unknown>(`/api/v1/applications/${id}/status`, { method: "POST", body });

/** GET /api/v1/jobs/{id}/funnel: how far applications got, conversion from the step before, median days per stage. */
export type JobFunnel = {
  job_id: string;
  total: number;
  rejected: number;
  withdrawn: number;
  stages: { stage: ApplicationStage; reached: number; current: number; conversion_from_previous: number | null; median_days: number | null }[];
};

export const fetchFunnel = async (jobId: string) => (await callApi<{ data: JobFunnel }>(`/api/v1/jobs/${jobId}/funnel`)).data;
