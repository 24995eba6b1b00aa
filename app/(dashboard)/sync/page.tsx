import type { Metadata } from "next";
import { AddSourceForm } from "@/components/sync/add-source-form";
import { RunHistory } from "@/components/sync/run-history";
import { SourcesPanel } from "@/components/sync/sources-panel";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { can } from "@/lib/auth/roles";
import { requirePageRight } from "@/lib/auth/session";
import { listSyncRuns, runForApi } from "@/lib/sync/runs";
import { exampleConfigs, listSourcesWithStatus } from "@/lib/sync/sources";
import { addSourceAction, setSourceEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  const user = await requirePageRight("sources:read");
  const db = await getDb();
  const [sources, runs] = await Promise.all([listSourcesWithStatus(db), listSyncRuns(db, null, 1, 10)]);
  const initialSources = sources.map(({ source, lastRun, health }) => ({
    id: source.id,
    type: source.type,
    name: source.name,
    schedule: source.schedule,
    enabled: source.enabled,
    health,
    last_run: lastRun ? runForApi(lastRun, { sourceName: source.name, sourceType: source.type }) : null,
  }));
  const canSync = can(user.role, "sync:run");
  const canManage = can(user.role, "sources:manage");
  return (
    <>
      <PageHeader title="Sync" description="Job sources, their health and schedules, and every sync run." />
      <div className="space-y-6">
        <SourcesPanel initial={initialSources} canSync={canSync} toggleAction={canManage ? setSourceEnabledAction : undefined} />
        {canManage && <AddSourceForm action={addSourceAction} examples={exampleConfigs} />}
        <RunHistory initial={runs} canSync={canSync} />
      </div>
    </>
  );
}
