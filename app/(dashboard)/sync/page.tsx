import type { Metadata } from "next";
import { AddSourceForm } from "@/components/sync/add-source-form";
import { RunHistory } from "@/components/sync/run-history";
import { SourcesPanel } from "@/components/sync/sources-panel";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { can } from "@/lib/auth/roles";
import { requirePageRight } from "@/server/session";
import { listSyncRuns } from "@/lib/sync/runs";
import { exampleConfigs, listSourceViews } from "@/lib/sync/sources";
import { addSourceAction, setSourceEnabledAction } from "./actions";

export const metadata: Metadata = { title: "Sync" };

export default async function SyncPage() {
  const user = await requirePageRight("sources:read");
  const db = await getDb();
  const [initialSources, runs] = await Promise.all([listSourceViews(db), listSyncRuns(db, null, 1, 10)]);
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
