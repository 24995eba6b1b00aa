"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";

export type NoteRequest = {
  name: string;
  toTitle: string;
  /** A note is required (back from rejected); otherwise optional (to rejected or withdrawn). */
  required: boolean;
  /** Why we ask again, e.g. the server's message when it refused the move without a note. */
  reason?: string;
};

/** A small modal asking for the note of a move; Escape or Cancel leaves the card where it was. */
export function NoteDialog({ request, onSubmit, onCancel }: { request: NoteRequest | null; onSubmit: (note: string) => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState("");
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      setNote("");
      dialog.showModal();
    } else if (!request && dialog.open) dialog.close();
  }, [request]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = note.trim();
    if (request?.required && !trimmed) return;
    onSubmit(trimmed);
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-help`}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {request && (
        <form onSubmit={submit} className="space-y-4 p-5">
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            Move {request.name} to {request.toTitle}
          </h2>
          <p id={`${id}-help`} className="text-sm text-slate-600">
            {request.reason ? `${request.reason} ` : ""}
            {request.required ? "Add a note saying why; it is kept in the application's history." : "You can add a note for the history (optional)."}
          </p>
          <div>
            <label htmlFor={`${id}-note`} className="mb-1 block text-sm font-medium text-slate-700">
              Note{request.required ? "" : " (optional)"}
            </label>
            <textarea
              id={`${id}-note`}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              required={request.required}
              maxLength={2000}
              rows={3}
              autoFocus
              className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500"
            />
          </div>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" variant={request.toTitle === "Rejected" ? "danger" : "primary"} disabled={request.required && !note.trim()}>
              Move to {request.toTitle}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
