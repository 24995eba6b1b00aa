import { buttonClass } from "@/components/ui/button";
import { exportHref, type ExportResource } from "@/lib/export/href";

/** CSV and JSON downloads of everything the page's filters select (the export routes, not just this page). */
export function ExportLinks({ resource, filters, label }: { resource: ExportResource; filters: Record<string, string | undefined>; label: string }) {
  return (
    <div role="group" aria-label={`Export ${label}`} className="flex gap-2">
      {(["csv", "json"] as const).map((format) => (
        <a key={format} href={exportHref(resource, format, filters)} download className={buttonClass("secondary")}>
          Export {format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
