import type { Metadata } from "next";
import { AppShell } from "@/components/nav/app-shell";
import { navFor } from "@/components/nav/nav-items";
import { NotificationPreferencesCard } from "@/components/notifications/preferences-card";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { listApiKeys } from "@/lib/auth/api-keys";
import { requirePageRight } from "@/lib/auth/session";
import { createOwnApiKeyAction, revokeOwnApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageRight("apikeys:own");
  const keys = await listApiKeys(await getDb(), user.id);
  return (
    <AppShell user={user} nav={navFor(user)}>
      <PageHeader title="Account" description={`Signed in as ${user.email}.`} />
      <Card className="p-6">
        <h2 className="text-base font-semibold">Your API keys</h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">
          Send a key as <code>Authorization: Bearer &lt;key&gt;</code> to call <code>/api/v1/*</code> as yourself.
        </p>
        <ApiKeysPanel keys={keys} createAction={createOwnApiKeyAction} revokeAction={revokeOwnApiKeyAction} />
      </Card>
      <NotificationPreferencesCard user={user} />
    </AppShell>
  );
}
