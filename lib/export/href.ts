import type { ExportFormat } from "./stream";

export type ExportResource = "jobs" | "candidates" | "applications" | "matches";

/** The export route for a page's current filters: empty values dropped, paging never carried. */
export function exportHref(resource: ExportResource, format: ExportFormat, filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === "" || name === "page" || name === "limit" || name === "cursor" || name === "format") continue;
    params.set(name, value);
  }
  params.set("format", format);
  return `/api/v1/${resource}/export?${params}`;
}
