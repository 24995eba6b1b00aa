import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { RedeliverButton } from "@/components/webhooks/redeliver-button";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { NotFoundError } from "@/lib/errors";
import { pageResponse } from "@/lib/http/pagination";
import { getEndpoint, listDeliveries } from "@/lib/webhooks/endpoints";
import { deliveryListSchema, endpointIdSchema } from "@/lib/webhooks/input";
import { deliveryForApi } from "@/lib/webhooks/serialize";
import { redeliverWebhookAction } from "../../webhook-actions";

export const metadata: Metadata = { title: "Webhook deliveries" };

const statusTone = { delivered: "green", pending: "amber", failed: "red" } as const;
const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en-GB", { timeZone: "UTC" }) + " UTC" : "—");

export default async function WebhookDeliveriesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const admin = await requirePageRight("webhooks:manage");
  const id = endpointIdSchema.safeParse(await params);
  if (!id.success) notFound();
  const query = await searchParams;
  const filters = deliveryListSchema.safeParse({ page: query.page, limit: 20 });
  const db = await getDb();
  const endpoint = await getEndpoint(db, admin, id.data.id).catch((err: unknown) => (err instanceof NotFoundError ? null : Promise.reject(err)));
  if (!endpoint) notFound();
  const page = pageResponse(await listDeliveries(db, admin, endpoint.id, filters.success ? filters.data : { page: 1, limit: 20 }), (d) => deliveryForApi(d.delivery, d.attempts));
  return (
    <>
      <PageHeader title="Webhook deliveries" description={endpoint.url} actions={<Link href="/settings#webhooks" className="text-sm text-brand-700 underline">Back to settings</Link>} />
      <Card className="mb-6 p-4 text-sm">
        <p>
          {endpoint.enabled ? <Badge tone="green">enabled</Badge> : <Badge tone="red">disabled</Badge>} <span className="ml-2 text-slate-600">{endpoint.events.join(", ")}</span>
        </p>
        {!endpoint.enabled && endpoint.disabledReason && <p className="mt-2 text-red-700">{endpoint.disabledReason}</p>}
      </Card>
      {page.data.length === 0 ? (
        <EmptyState title="No deliveries yet">Messages sent to this endpoint appear here with every attempt.</EmptyState>
      ) : (
        <Card className="p-0">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Deliveries to {endpoint.url}, newest first</caption>
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Event</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Attempts</th>
                <th scope="col" className="px-4 py-2">Created</th>
                <th scope="col" className="px-4 py-2">Next try</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {page.data.map((d) => (
                <tr key={d.id} data-testid="webhook-delivery" className="align-top">
                  <td className="px-4 py-2">
                    <code className="text-xs">{d.event_type}</code>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-xs text-slate-500">Attempts and payload</summary>
                      <ol className="mt-2 space-y-2 text-xs">
                        {d.attempt_history.map((a) => (
                          <li key={a.id} data-testid="webhook-attempt">
                            #{a.attempt} {a.trigger} · {when(a.attempted_at)} · {a.response.status ?? "no response"} · {a.duration_ms} ms
                            {a.error && <span className="text-red-700"> · {a.error}</span>}
                            {a.response.body && <pre className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2">{a.response.body}</pre>}
                          </li>
                        ))}
                      </ol>
                      <pre className="mt-2 max-h-48 overflow-auto whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs">{JSON.stringify(d.payload, null, 2)}</pre>
                    </details>
                  </td>
                  <td className="px-4 py-2">
                    <Badge tone={statusTone[d.status]}>{d.status}</Badge>
                    {d.last_response_status !== null && <span className="ml-1 text-xs text-slate-500">HTTP {d.last_response_status}</span>}
                  </td>
                  <td className="px-4 py-2">{d.attempts}</td>
                  <td className="px-4 py-2 text-xs">{when(d.created_at)}</td>
                  <td className="px-4 py-2 text-xs">{when(d.next_attempt_at)}</td>
                  <td className="px-4 py-2 text-right">
                    <RedeliverButton id={d.id} label={`${d.event_type} of ${when(d.created_at)}`} action={redeliverWebhookAction} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page.page} totalPages={page.total_pages} total={page.total} basePath={`/settings/webhooks/${endpoint.id}`} query={query} />
    </>
  );
}
