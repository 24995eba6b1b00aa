import type { Metadata } from "next";
import { AppShell } from "@/components/nav/app-shell";
import { navFor } from "@/components/nav/nav-items";
import { CalendarFeedCard } from "@/components/account/calendar-feed-card";
import { NotificationPreferencesCard } from "@/components/notifications/preferences-card";
import { ApiKeysPanel } from "@/components/settings/api-keys-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { listApiKeys } from "@/lib/auth/api-keys";
import { requirePageRight } from "@/server/session";
import { activeCalendarToken } from "@/lib/interviews/calendar-tokens";
import { createOwnApiKeyAction, revokeOwnApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageRight("apikeys:own");
  const db = await getDb();
  const [keys, feed] = await Promise.all([listApiKeys(db, user.id), activeCalendarToken(db, user.id)]);
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
      <div className="mt-6">
        <CalendarFeedCard initial={{ active: feed !== null, prefix: feed?.prefix ?? null, createdAt: feed?.createdAt.toISOString() ?? null }} />
      </div>
      <NotificationPreferencesCard user={user} />
    </AppShell>
  );
}
