"use client";

import { useActionState } from "react";
import type { ActionState } from "@/server/action";
import { KeysTable, type KeyRow } from "./keys-table";

type Key = KeyRow & { owner: { email: string; role: string } };
type RevokeAction = (prev: ActionState<{ id: string }>, form: FormData) => Promise<ActionState<{ id: string }>>;

/** For admins: every user's keys, each revocable. */
export function AllApiKeysTable({ keys, revokeAction }: { keys: Key[]; revokeAction: RevokeAction }) {
  const [revoked, revoke, revoking] = useActionState(revokeAction, null);
  return (
    <div>
      {revoked?.ok === false && <p role="alert" className="mb-2 text-sm text-red-700">{revoked.error.message}</p>}
      <KeysTable keys={keys} showOwner empty="No API keys in this workspace." rowTestId="workspace-key-row" revoke={revoke} revoking={revoking} />
    </div>
  );
}
