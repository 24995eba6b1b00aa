import type { FollowUpView } from "@/lib/follow-ups/serialize";
import type { PageResponse } from "@/lib/http/pagination";

// The browser's side of /api/v1/follow-ups: a refusal becomes an Error carrying the API's message.
export type FollowUpChangeBody = { body?: string; due_at?: string; status?: "done" | "skipped" | "planned" };

async function readJson<T>(res: Response, doing: string): Promise<T> {
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(json?.error?.message ?? `Could not ${doing} (HTTP ${res.status}).`);
  return json as T;
}

export async function fetchFollowUps(query: Record<string, string | number | undefined>): Promise<PageResponse<FollowUpView>> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== "") params.set(k, String(v));
  return readJson(await fetch(`/api/v1/follow-ups?${params}`), "load follow-ups");
}

export async function patchFollowUp(id: string, change: FollowUpChangeBody): Promise<FollowUpView> {
  const res = await fetch(`/api/v1/follow-ups/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(change) });
  return (await readJson<{ data: FollowUpView }>(res, "save the follow-up")).data;
}

export const followUpsKey = ["follow-ups"] as const;
