import { FormError } from "@/components/candidates/api";

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
