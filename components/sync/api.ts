import type { PageResponse } from "@/lib/http/pagination";
import type { SyncRunView } from "@/lib/sync/runs";

export type { SourceView } from "@/lib/sync/sources";

export type RunsPage = PageResponse<SyncRunView>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** fetch for the dashboard's own API: JSON in, JSON out, the error body's message on failure. */
export async function callApi<T>(path: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const res = await fetch(path, {
    method: init?.method ?? "GET",
    headers: init?.body ? { "content-type": "application/json" } : undefined,
    body: init?.body ? JSON.stringify(init.body) : undefined,
  });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(res.status, json?.error?.message ?? `Request failed (${res.status}).`);
  return json as T;
}

export const isActive = (run: SyncRunView | null | undefined) => run?.status === "queued" || run?.status === "running";
