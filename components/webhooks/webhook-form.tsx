"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";

type Created = { id: string; url: string; secret: string };
type CreateAction = (prev: ActionState<Created>, form: FormData) => Promise<ActionState<Created>>;

/** Register an endpoint: URL, what it is for, the events it receives; the secret is shown after. */
export function WebhookForm({ eventTypes, createAction }: { eventTypes: readonly string[]; createAction: CreateAction }) {
  const [created, create, creating] = useActionState(createAction, null);
  return (
    <div>
      <form action={create} className="space-y-3" aria-label="Register a webhook endpoint">
        <div className="flex flex-wrap gap-3">
          <label className="flex flex-col text-xs font-medium text-slate-600">
            Endpoint URL
            <input name="url" type="url" required maxLength={2000} placeholder="https://hooks.example.com/hireflow" className="mt-1 w-96 max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
          </label>
          <label className="flex flex-col text-xs font-medium text-slate-600">
            Description (optional)
            <input name="description" maxLength={500} placeholder="e.g. HRIS sync" className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-2 text-sm" />
          </label>
        </div>
        <fieldset>
          <legend className="text-xs font-medium text-slate-600">Events</legend>
          <div className="mt-1 grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3">
            {eventTypes.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`event:${type}`} />
                <code className="text-xs">{type}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={creating}>
          {creating ? "Registering…" : "Register endpoint"}
        </Button>
      </form>
      {created?.ok === false && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {created.error.message}
        </p>
      )}
      {created?.ok && <SecretNotice title={`Endpoint ${created.data.url} registered. Its signing secret:`} secret={created.data.secret} />}
    </div>
  );
}

export function SecretNotice({ title, secret }: { title: string; secret: string }) {
  return (
    <div role="status" className="mt-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
      <p className="font-medium text-emerald-900">{title}</p>
      <code data-testid="webhook-secret" className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs">
        {secret}
      </code>
      <p className="mt-1 text-xs text-emerald-900">Verify each message&apos;s webhook-signature header with it (Standard Webhooks).</p>
    </div>
  );
}
