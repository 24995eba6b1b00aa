import { FormError } from "@/components/candidates/api";
import type { ApplicationStage } from "@/lib/applications/stages";
import type { applicationForApi, applicationListItemForApi } from "@/lib/applications/serialize";
import type { PageResponse } from "@/lib/http/pagination";

/** A refused API call with the error body's code and details, so the UI can react to a specific case. */
export class ApiError extends FormError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    const fields = Array.isArray(details) ? (details as Array<{ path: string; message: string }>) : [];
    super(message, Object.fromEntries(fields.map((d) => [d.path, d.message])));
  }
}

/** JSON to or from /api/v1 with the session cookie; a 4xx/5xx throws an ApiError. */
export async function callApi<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  const res = await fetch(path, { method, headers: body === undefined ? undefined : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json?.error?.code ?? "http_error", json?.error?.message ?? `Request failed (HTTP ${res.status}).`, json?.error?.details ?? null);
  return json as T;
}

/** The id of the existing application a 409 names, whichever way the details spell it. */
export function existingApplicationId(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.status !== 409 || !err.details || typeof err.details !== "object") return null;
  const details = err.details as Record<string, unknown>;
  const id = details.existing_application_id ?? details.application_id;
  return typeof id === "string" ? id : null;
}

/** One application as GET /api/v1/applications lists it (scoped to the seeker by the API). */
export type TrackerItem = ReturnType<typeof applicationListItemForApi>;
export type TrackerPage = PageResponse<TrackerItem>;
export type ApplicationView = ReturnType<typeof applicationForApi>;

/** Every query of the seeker's tracker starts with this key, so one invalidation refreshes them all. */
export const trackerKey = ["tracker"] as const;
export const trackerStageKey = (stage: ApplicationStage, page: number) => ["tracker", "stage", stage, page] as const;
export const trackerPageSize = 20;

export const fetchTrackerStage = (stage: ApplicationStage, page: number) =>
  callApi<TrackerPage>(`/api/v1/applications?${new URLSearchParams({ stage, page: String(page), limit: String(trackerPageSize) })}`);

export const moveTrackedApplication = (id: string, body: { status: ApplicationStage; note?: string }) => callApi<unknown>(`/api/v1/applications/${id}/status`, "POST", body);

/** "Senior Go Engineer at Bluefin": the catalogue job's or the job found elsewhere's. */
export function trackedJobName(item: Pick<TrackerItem, "job_title" | "company_name">): string {
  const title = item.job_title ?? "Untitled job";
  return item.company_name ? `${title} at ${item.company_name}` : title;
}
