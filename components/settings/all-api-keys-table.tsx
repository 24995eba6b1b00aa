"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/auth/action";
import { keyState, when } from "./key-format";
import { RevokeKeyForm } from "./revoke-key-form";

type Key = {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date | null;
  owner: { email: string; role: string };
};
type RevokeAction = (prev: ActionState<{ id: string }>, form: FormData) => Promise<ActionState<{ id: string }>>;

/** For admins: every user's keys, each revocable. */
export function AllApiKeysTable({ keys, revokeAction }: { keys: Key[]; revokeAction: RevokeAction }) {
  const [revoked, revoke, revoking] = useActionState(revokeAction, null);
  return (
    <div>
      {revoked?.ok === false && <p role="alert" className="mb-2 text-sm text-red-700">{revoked.error.message}</p>}
      <table className="min-w-full text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th className="py-2">Owner</th>
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
              <td colSpan={6} className="py-3 text-slate-500">No API keys in this workspace.</td>
            </tr>
          )}
          {keys.map((k) => (
            <tr key={k.id} data-testid="workspace-key-row">
              <td className="py-2">
                {k.owner.email} <span className="text-xs text-slate-500">· {k.owner.role}</span>
              </td>
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
