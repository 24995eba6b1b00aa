"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";
import { describeTry } from "./webhook-controls";

type TryResult = { succeeded: boolean; status: number | null; error: string | null };
type RedeliverAction = (prev: ActionState<TryResult>, form: FormData) => Promise<ActionState<TryResult>>;

/** Sends one delivery again now (same body and webhook-id) and says how it went. */
export function RedeliverButton({ id, label, action }: { id: string; label: string; action: RedeliverAction }) {
  const [result, redeliver, pending] = useActionState(action, null);
  return (
    <form action={redeliver} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Redeliver ${label}`}>
        {pending ? "Sending…" : "Redeliver"}
      </Button>
      {result?.ok === false && (
        <span role="alert" className="text-xs text-red-700">
          {result.error.message}
        </span>
      )}
      {result?.ok && (
        <span role="status" className="text-xs text-slate-700">
          {describeTry(result.data)}
        </span>
      )}
    </form>
  );
}
