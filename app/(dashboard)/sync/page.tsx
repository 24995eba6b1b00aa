import type { Metadata } from "next";
import { formatDate } from "@/components/jobs/format";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/lib/auth/session";
import { listJobSources } from "@/lib/sync/job-sources";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  await requirePageRight("sources:read");
  const sources = await listJobSources(await getDb());
  return (
    <>
      <PageHeader title="Sync" description="Job sources, their schedules and the state of each sync." />
      {sources.length === 0 ? (
        <EmptyState title="No job sources configured">An admin adds sources (Adzuna, JSearch, HeadHunter, Greenhouse, Lever, the marketplace) with POST /api/v1/sources.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {sources.map((s) => (
            <li key={s.id} className="flex items-center justify-between px-4 py-3">
              <div>
                <p className="font-medium">{s.name}</p>
                <p className="text-sm text-slate-500">
                  {s.type} · {s.schedule ? `schedule ${s.schedule}` : "manual only"} · added {formatDate(s.createdAt)}
                </p>
              </div>
              <Badge tone={s.enabled ? "green" : "slate"}>{s.enabled ? "Enabled" : "Disabled"}</Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
