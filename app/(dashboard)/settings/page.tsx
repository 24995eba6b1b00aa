import { asc } from "drizzle-orm";
import type { Metadata } from "next";
import Link from "next/link";
import { SequenceSettings } from "@/components/follow-ups/sequence-settings";
import { KeptMatchesNote } from "@/components/matching/kept-matches-note";
import { MatchSettingsForm } from "@/components/matching/match-settings-form";
import { AllApiKeysTable } from "@/components/settings/all-api-keys-table";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { WebhookList } from "@/components/webhooks/webhook-list";
import { getDb } from "@/db";
import { users, webhookEventTypes } from "@/db/schema";
import { listAllApiKeys } from "@/lib/auth/api-keys";
import { requirePageRight } from "@/server/session";
import { listSequences } from "@/lib/follow-ups/sequences";
import { effectiveMatchSettings, environmentKeepLimits } from "@/lib/matching/settings";
import { listEndpoints } from "@/lib/webhooks/endpoints";
import { revokeAnyApiKeyAction, saveMatchSettingsAction } from "./actions";
import { chooseDefaultSequenceAction, deleteSequenceAction, saveSequenceAction } from "./follow-up-actions";
import { createWebhookAction, deleteWebhookAction, rotateWebhookSecretAction, setWebhookEnabledAction, testWebhookAction } from "./webhook-actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const admin = await requirePageRight("settings:manage");
  const db = await getDb();
  const [keys, people, matching, sequences, endpoints] = await Promise.all([
    listAllApiKeys(db),
    db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).orderBy(asc(users.email)),
    effectiveMatchSettings(db),
    listSequences(db),
    listEndpoints(db, admin),
  ]);
  const updatedBy = matching.updatedBy ? (people.find((p) => p.id === matching.updatedBy)?.name ?? null) : null;
  return (
    <>
      <PageHeader title="Settings" description="Matching, follow-up sequences, API access, outbound webhooks and the people in this workspace." />
      <Card className="mb-6 p-6">
        <h2 className="mb-3 text-base font-semibold">Matching</h2>
        <MatchSettingsForm
          action={saveMatchSettingsAction}
          current={{
            ...matching.weights,
            minScore: matching.minScore,
            version: matching.version,
            updatedBy,
            updatedAt: matching.updatedAt?.toISOString() ?? null,
          }}
        />
        <KeptMatchesNote keep={environmentKeepLimits()} />
      </Card>
      <Card className="mb-6 p-6">
        <h2 className="mb-3 text-base font-semibold">Follow-up sequences</h2>
        <SequenceSettings
          sequences={sequences.map((s) => ({ id: s.id, name: s.name, isDefault: s.isDefault, steps: s.steps }))}
          actions={{ save: saveSequenceAction, remove: deleteSequenceAction, chooseDefault: chooseDefaultSequenceAction }}
        />
      </Card>
      <Card className="mb-6 p-6">
        <h2 className="text-base font-semibold">API keys in this workspace</h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">
          Every user&apos;s keys; revoke any of them. Create your own on <Link href="/account" className="text-brand-700 underline">your account page</Link>.
        </p>
        <AllApiKeysTable keys={keys} revokeAction={revokeAnyApiKeyAction} />
      </Card>
      <Card className="mb-6 p-6">
        <h2 id="webhooks" className="text-base font-semibold">
          Outbound webhooks
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">
          Other systems hear of changes here: each message is signed (Standard Webhooks), retried 8 times over a day, and an endpoint that keeps failing is disabled.
        </p>
        <WebhookForm eventTypes={webhookEventTypes} createAction={createWebhookAction} />
        <div className="mt-5">
          <WebhookList
            endpoints={endpoints}
            actions={{ setEnabled: setWebhookEnabledAction, test: testWebhookAction, rotate: rotateWebhookSecretAction, remove: deleteWebhookAction }}
          />
        </div>
      </Card>
      <Card className="p-6">
        <h2 className="mb-4 text-base font-semibold">Users</h2>
        <ul className="divide-y divide-slate-100 text-sm">
          {people.map((p) => (
            <li key={p.id} className="flex items-center justify-between py-2">
              <span>
                {p.name} <span className="text-slate-500">· {p.email}</span>
              </span>
              <Badge tone={p.role === "admin" ? "blue" : "slate"}>{p.role}</Badge>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
