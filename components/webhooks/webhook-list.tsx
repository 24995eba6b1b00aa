import Link from "next/link";
import { Badge } from "@/components/ui/card";
import type { WebhookEndpoint } from "@/db/schema";
import { WebhookControls, type WebhookControlActions } from "./webhook-controls";

/** The registered endpoints with their state and a link to each one's delivery history. */
export function WebhookList({ endpoints, actions }: { endpoints: WebhookEndpoint[]; actions: WebhookControlActions }) {
  if (endpoints.length === 0) return <p className="text-sm text-slate-500">No endpoints yet.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {endpoints.map((e) => (
        <li key={e.id} data-testid="webhook-endpoint" className="flex flex-wrap items-start justify-between gap-4 py-3">
          <div className="min-w-0 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <span className="break-all font-medium">{e.url}</span>
              {e.enabled ? <Badge tone={e.failingSince ? "amber" : "green"}>{e.failingSince ? "failing" : "enabled"}</Badge> : <Badge tone="red">disabled</Badge>}
            </p>
            {e.description && <p className="text-slate-600">{e.description}</p>}
            <p className="mt-1 text-xs text-slate-500">{e.events.join(", ")}</p>
            {!e.enabled && e.disabledReason && <p className="mt-1 text-xs text-red-700">{e.disabledReason}</p>}
            <Link href={`/settings/webhooks/${e.id}`} className="mt-1 inline-block text-xs text-brand-700 underline">
              Delivery history
            </Link>
          </div>
          <WebhookControls id={e.id} url={e.url} enabled={e.enabled} actions={actions} />
        </li>
      ))}
    </ul>
  );
}
