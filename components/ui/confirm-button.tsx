"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { Button } from "./button";

type Props = {
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  variant?: "primary" | "secondary" | "danger";
};

/** A button that asks first in a modal dialog (Escape or Cancel backs out), then runs `onConfirm`. */
export function ConfirmButton({ label, title, children, confirmLabel, onConfirm, variant = "danger" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  // From useId, not the label: aria-labelledby is a list of ids split on spaces, and labels have spaces.
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Something went wrong.");
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button type="button" variant={variant} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-600">{children}</div>
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => dialog.current?.close()} autoFocus>
            Cancel
          </Button>
          <Button type="button" variant={variant === "danger" ? "danger" : "primary"} onClick={confirm} disabled={pending}>
            {pending ? "Working…" : confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
