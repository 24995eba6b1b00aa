"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";
import { KeysTable, type KeyRow } from "./keys-table";

type Key = KeyRow & { createdAt: Date };
type CreateAction = (prev: ActionState<{ key: string; name: string }>, form: FormData) => Promise<ActionState<{ key: string; name: string }>>;
type RevokeAction = (prev: ActionState<{ id: string }>, form: FormData) => Promise<ActionState<{ id: string }>>;

/** The signed-in user's own keys: create one (shown once, optional expiry), revoke one. */
export function ApiKeysPanel({ keys, createAction, revokeAction }: { keys: Key[]; createAction: CreateAction; revokeAction: RevokeAction }) {
  const [created, create, creating] = useActionState(createAction, null);
  const [revoked, revoke, revoking] = useActionState(revokeAction, null);
  return (
    <div>
      <form action={create} className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Key name
          <input name="name" required maxLength={80} placeholder="e.g. Reporting script" className="mt-1 w-64 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Expires on (optional)
          <input name="expires_on" type="date" className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </label>
        <Button type="submit" disabled={creating}>
          {creating ? "Creating…" : "Create API key"}
        </Button>
      </form>
      {created?.ok === false && <p role="alert" className="mt-2 text-sm text-red-700">{created.error.message}</p>}
      {created?.ok && (
        <div role="status" className="mt-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
          <p className="font-medium text-emerald-900">Key “{created.data.name}” created. Copy it now: it is not shown again.</p>
          <code data-testid="new-api-key" className="mt-2 block break-all rounded bg-white px-2 py-1 font-mono text-xs">
            {created.data.key}
          </code>
        </div>
      )}
      {revoked?.ok === false && <p role="alert" className="mt-2 text-sm text-red-700">{revoked.error.message}</p>}
      <div className="mt-5">
        <KeysTable keys={keys} empty="No API keys yet." rowTestId="api-key-row" revoke={revoke} revoking={revoking} />
      </div>
    </div>
  );
}
