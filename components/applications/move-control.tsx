"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/candidates/api";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/form-field";

/** One stage the application may move to, as the server's stage machine says (kept out of the client bundle). */
export type MoveOption = { stage: string; label: string; needsNote: boolean };

/** Stages that end or undo something: the move asks once more before it is sent. */
const confirmFirst = new Set(["rejected", "withdrawn", "hired"]);

type Props = { applicationId: string; stageLabel: string; options: MoveOption[] };

/**
 * Moves the application to one of the stages the machine allows from here; a hire takes the
 * placement's details, leaving rejected takes a note, and closing moves are confirmed first.
 */
export function MoveControl({ applicationId, stageLabel, options }: Props) {
  const router = useRouter();
  const [target, setTarget] = useState("");
  const [note, setNote] = useState("");
  const [hire, setHire] = useState({ start_date: "", salary: "", salary_currency: "" });
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);

  if (options.length === 0) return <p className="text-sm text-slate-500">{stageLabel} is final: this application does not move any more.</p>;

  const chosen = options.find((o) => o.stage === target);
  const needsNote = chosen?.needsNote ?? false;
  const labelOf = (stage: string) => options.find((o) => o.stage === stage)?.label ?? stage;
  const send = async () => {
    if (!target) return;
    setPending(true);
    setMessage(null);
    try {
      if (target === "hired") {
        await sendJson("/api/v1/placements", "POST", {
          application_id: applicationId,
          start_date: hire.start_date || null,
          salary: hire.salary ? Number(hire.salary) : null,
          salary_currency: hire.salary_currency || null,
        });
      } else {
        await sendJson(`/api/v1/applications/${applicationId}/status`, "POST", { status: target, note: note || null });
      }
      setMessage({ tone: "ok", text: `Moved to ${labelOf(target)}.` });
      setTarget("");
      setNote("");
      setConfirming(false);
      router.refresh();
    } catch (err) {
      setMessage({ tone: "error", text: err instanceof Error ? err.message : "The move failed." });
      setConfirming(false);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      aria-label="Move this application"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (target && confirmFirst.has(target) && !confirming) setConfirming(true);
        else void send();
      }}
    >
      <Field label="Move to">
        <select
          className={inputClass}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            setConfirming(false);
          }}
        >
          <option value="">Choose a stage…</option>
          {options.map((o) => (
            <option key={o.stage} value={o.stage}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      {target === "hired" && (
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium text-slate-700">Placement (optional, editable later)</legend>
          <Field label="Start date">
            <input type="date" className={inputClass} value={hire.start_date} onChange={(e) => setHire({ ...hire, start_date: e.target.value })} />
          </Field>
          <Field label="Annual salary">
            <input type="number" min={0} inputMode="numeric" className={inputClass} value={hire.salary} onChange={(e) => setHire({ ...hire, salary: e.target.value })} />
          </Field>
          <Field label="Currency">
            <input className={inputClass} maxLength={3} placeholder="GBP" value={hire.salary_currency} onChange={(e) => setHire({ ...hire, salary_currency: e.target.value.toUpperCase() })} />
          </Field>
        </fieldset>
      )}
      {target !== "" && target !== "hired" && (
        <Field label={needsNote ? "Note (required: why it comes back)" : "Note (optional)"}>
          <textarea className={inputClass} rows={2} required={needsNote} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
      )}
      {confirming && target && (
        <p role="alert" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Move to {labelOf(target)}? {target === "hired" ? "This records a placement." : "This closes the application."} Press the button again to confirm.
        </p>
      )}
      <div className="flex items-center gap-2">
        <Button type="submit" disabled={!target || pending || (needsNote && !note.trim())}>
          {pending ? "Moving…" : confirming ? `Yes, move to ${labelOf(target)}` : "Move"}
        </Button>
        {confirming && (
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
        )}
      </div>
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
