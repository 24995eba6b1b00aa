"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";
import { SecretNotice } from "./webhook-form";

type Action<T> = (prev: ActionState<T>, form: FormData) => Promise<ActionState<T>>;
type TryResult = { succeeded: boolean; status: number | null; error: string | null };

export type WebhookControlActions = {
  setEnabled: Action<{ id: string; enabled: boolean }>;
  test: Action<TryResult>;
  rotate: Action<{ id: string; secret: string }>;
  remove: Action<{ id: string }>;
};

export function describeTry(result: TryResult): string {
  if (result.succeeded) return `Delivered (HTTP ${result.status}).`;
  return `Not delivered: ${result.error ?? `HTTP ${result.status}`}.`;
}

/** One endpoint's buttons: enable or disable, send a test message, rotate the secret, delete (asked twice). */
export function WebhookControls({ id, url, enabled, actions }: { id: string; url: string; enabled: boolean; actions: WebhookControlActions }) {
  const [toggled, toggle, toggling] = useActionState(actions.setEnabled, null);
  const [tested, test, testing] = useActionState(actions.test, null);
  const [rotated, rotate, rotating] = useActionState(actions.rotate, null);
  const [removed, remove, removing] = useActionState(actions.remove, null);
  const [confirming, setConfirming] = useState(false);
  const error = [toggled, tested, rotated, removed].find((s) => s?.ok === false);
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <form action={toggle}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="enabled" value={enabled ? "false" : "true"} />
          <Button type="submit" variant="secondary" disabled={toggling} aria-label={`${enabled ? "Disable" : "Enable"} ${url}`}>
            {enabled ? "Disable" : "Enable"}
          </Button>
        </form>
        <form action={test}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="secondary" disabled={testing} aria-label={`Send a test message to ${url}`}>
            {testing ? "Sending…" : "Send test"}
          </Button>
        </form>
        <form action={rotate}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="secondary" disabled={rotating} aria-label={`Rotate the secret of ${url}`}>
            Rotate secret
          </Button>
        </form>
        {confirming ? (
          <form action={remove} className="inline-flex items-center gap-2">
            <input type="hidden" name="id" value={id} />
            <span className="text-xs text-slate-600">Delete it and its history?</span>
            <Button type="submit" variant="danger" disabled={removing}>
              Yes, delete
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </form>
        ) : (
          <Button type="button" variant="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${url}`}>
            Delete
          </Button>
        )}
      </div>
      {error?.ok === false && (
        <p role="alert" className="text-sm text-red-700">
          {error.error.message}
        </p>
      )}
      {tested?.ok && (
        <p role="status" className="text-sm text-slate-700">
          Test message: {describeTry(tested.data)}
        </p>
      )}
      {rotated?.ok && <SecretNotice title="New signing secret:" secret={rotated.data.secret} />}
    </div>
  );
}
