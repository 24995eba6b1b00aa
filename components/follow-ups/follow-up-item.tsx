"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { inputClass } from "@/components/ui/form-field";
import type { FollowUpView } from "@/lib/follow-ups/serialize";
import { patchFollowUp, type FollowUpChangeBody } from "./api";
import { dueLabel, isOpenFollowUp, kindLabels, statusLabels, statusTones, toLocalInput } from "./format";

type Props = {
  followUp: FollowUpView;
  /** Called with the saved follow-up, so the list around it can refresh. */
  onChanged: (saved: FollowUpView) => void;
  /** Shows which application it belongs to (lists across applications). */
  context?: React.ReactNode;
};

/**
 * One follow-up: its message, when it is due, and Edit / Done / Skip. Done and Skip take effect
 * at once and offer Undo (reopen) right where the button was; every control is a native button
 * or input, so the keyboard alone does it all.
 */
export function FollowUpItem({ followUp, onChanged, context }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ body: followUp.body, due: toLocalInput(followUp.due_at) });
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [undoable, setUndoable] = useState(false);
  const ids = { body: useId(), due: useId(), heading: useId() };

  const save = async (change: FollowUpChangeBody, done: string) => {
    setPending(true);
    setMessage(null);
    try {
      const saved = await patchFollowUp(followUp.id, change);
      setMessage({ tone: "info", text: done });
      onChanged(saved);
      return saved;
    } catch (err) {
      setMessage({ tone: "error", text: err instanceof Error ? err.message : "Could not save the follow-up." });
      return null;
    } finally {
      setPending(false);
    }
  };

  const finish = async (status: "done" | "skipped") => {
    const saved = await save({ status }, status === "done" ? "Marked done." : "Skipped.");
    if (saved) setUndoable(true);
  };

  const undo = async () => {
    const saved = await save({ status: "planned" }, "Reopened.");
    if (saved) setUndoable(false);
  };

  const submitEdit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!draft.due) {
      setMessage({ tone: "error", text: "Choose when it is due." });
      return;
    }
    const saved = await save({ body: draft.body, due_at: new Date(draft.due).toISOString() }, "Saved.");
    if (saved) setEditing(false);
  };

  const open = isOpenFollowUp(followUp);
  return (
    <article aria-labelledby={ids.heading} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="follow-up">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={ids.heading} className="text-sm font-medium text-slate-900">
          {kindLabels[followUp.kind]}
          {followUp.step !== null && followUp.kind === "sequence" ? ` ${followUp.step + 1}` : ""} · due {dueLabel(followUp.due_at)}
        </h3>
        <Badge tone={statusTones[followUp.status]}>{statusLabels[followUp.status]}</Badge>
      </header>
      {context && <div className="mt-1 text-xs text-slate-500">{context}</div>}
      {editing ? (
        <form onSubmit={submitEdit} className="mt-3 space-y-3">
          <label htmlFor={ids.body} className="block text-xs font-medium text-slate-600">
            Message
          </label>
          <textarea id={ids.body} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} rows={7} required maxLength={4000} className={inputClass} />
          <label htmlFor={ids.due} className="block text-xs font-medium text-slate-600">
            Due
          </label>
          <input id={ids.due} type="datetime-local" value={draft.due} onChange={(e) => setDraft({ ...draft, due: e.target.value })} required className={`${inputClass} max-w-xs`} />
          <div className="flex gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save"}
            </Button>
            <Button
              type="button"
              variant="ghost"
              onClick={() => {
                setEditing(false);
                setDraft({ body: followUp.body, due: toLocalInput(followUp.due_at) });
              }}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <p className="mt-3 whitespace-pre-line text-sm text-slate-700">{followUp.body}</p>
      )}
      {!editing && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {open && (
            <>
              <Button type="button" onClick={() => finish("done")} disabled={pending}>
                Mark done
              </Button>
              <Button type="button" variant="secondary" onClick={() => finish("skipped")} disabled={pending}>
                Skip
              </Button>
              <Button type="button" variant="ghost" onClick={() => setEditing(true)} disabled={pending}>
                Edit
              </Button>
            </>
          )}
          {!open && undoable && (
            <Button type="button" variant="secondary" onClick={undo} disabled={pending}>
              Undo
            </Button>
          )}
          <span role={message?.tone === "error" ? "alert" : "status"} className={`text-sm ${message?.tone === "error" ? "text-red-700" : "text-slate-500"}`}>
            {message?.text}
          </span>
        </div>
      )}
    </article>
  );
}
