"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/auth/action";
import { keyState, when } from "./key-format";
import { RevokeKeyForm } from "./revoke-key-form";

type Key = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; expiresAt: Date | null };
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
      <table className="mt-5 min-w-full text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2">Name</th>
            <th className="py-2">Key</th>
            <th className="py-2">Last used</th>
            <th className="py-2">Expires</th>
            <th className="py-2" />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.length === 0 && (
            <tr>
              <td colSpan={5} className="py-3 text-slate-500">No API keys yet.</td>
            </tr>
          )}
          {keys.map((k) => (
            <tr key={k.id} data-testid="api-key-row">
              <td className="py-2">{k.name}</td>
              <td className="py-2 font-mono text-xs">{k.prefix}…</td>
              <td className="py-2 text-slate-500">{when(k.lastUsedAt)}</td>
              <td className="py-2 text-slate-500">{k.expiresAt ? when(k.expiresAt) : "never"}</td>
              <td className="py-2 text-right">
                {keyState(k) === "active" ? <RevokeKeyForm id={k.id} name={k.name} action={revoke} pending={revoking} /> : <span className="text-xs capitalize text-slate-400">{keyState(k)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
