"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Revoke in two steps: the first click asks, the second (a real form submit) revokes. */
export function RevokeKeyForm({ id, name, action, pending }: { id: string; name: string; action: (form: FormData) => void; pending: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="danger" type="button" onClick={() => setConfirming(true)} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
    );
  }
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <span className="text-xs text-slate-600">Revoke “{name}”? Scripts using it stop working.</span>
      <Button variant="danger" type="submit" disabled={pending}>
        Yes, revoke
      </Button>
      <Button variant="ghost" type="button" onClick={() => setConfirming(false)}>
        Cancel
      </Button>
    </form>
  );
}
