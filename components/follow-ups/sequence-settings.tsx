"use client";

import { useActionState, useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { inputClass } from "@/components/ui/form-field";
import type { ActionState } from "@/server/action";
import { placeholderList } from "@/lib/follow-ups/templates";

type Step = { days: number; template: string };
export type SequenceRow = { id: string; name: string; isDefault: boolean; steps: Step[] };
type Action = (prev: ActionState<{ id: string }>, form: FormData) => Promise<ActionState<{ id: string }>>;
type Actions = { save: Action; remove: Action; chooseDefault: Action };

const formWith = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};

/** Admins' follow-up sequences: the default new applications follow, custom ones, and an editor for each. */
export function SequenceSettings({ sequences, actions }: { sequences: SequenceRow[]; actions: Actions }) {
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: Action, fields: Record<string, string>, done: string) =>
    new Promise<void>((resolve, reject) =>
      startTransition(async () => {
        const result = await action(null, formWith(fields));
        if (result?.ok === false) {
          setMessage({ tone: "error", text: result.error.message });
          reject(new Error(result.error.message));
        } else {
          setMessage({ tone: "info", text: done });
          resolve();
        }
      }),
    );

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-500">
        When an application enters Applied, one follow-up is planned per step of the default sequence. Placeholders: <code className="text-xs">{placeholderList}</code>.
      </p>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {sequences.map((s) => (
          <li key={s.id} className="p-4" data-testid="follow-up-sequence">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="flex items-center gap-2 font-medium text-slate-900">
                {s.name} {s.isDefault && <Badge tone="blue">Default</Badge>}
              </p>
              <div className="flex flex-wrap gap-2">
                {!s.isDefault && (
                  <Button type="button" variant="secondary" disabled={pending} onClick={() => run(actions.chooseDefault, { id: s.id }, `${s.name} is now the default.`).catch(() => {})}>
                    Make default
                  </Button>
                )}
                <Button type="button" variant="ghost" onClick={() => setEditing(editing === s.id ? null : s.id)} aria-expanded={editing === s.id}>
                  Edit
                </Button>
                {!s.isDefault && (
                  <ConfirmButton label={`Delete ${s.name}`} title={`Delete the sequence "${s.name}"?`} confirmLabel="Delete" onConfirm={() => run(actions.remove, { id: s.id }, `Deleted ${s.name}.`)}>
                    Follow-ups already planned from it stay as they are.
                  </ConfirmButton>
                )}
              </div>
            </div>
            <p className="mt-1 text-sm text-slate-500">{s.steps.map((step) => `day ${step.days}`).join(" · ")}</p>
            {editing === s.id && <SequenceEditor sequence={s} save={actions.save} onDone={() => setEditing(null)} />}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <SequenceEditor sequence={{ id: "", name: "", isDefault: false, steps: [{ days: 3, template: "" }] }} save={actions.save} onDone={() => setEditing(null)} />
      ) : (
        <Button type="button" variant="secondary" onClick={() => setEditing("new")}>
          New sequence
        </Button>
      )}
      <p role={message?.tone === "error" ? "alert" : "status"} className={`text-sm ${message?.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
        {message?.text}
      </p>
    </div>
  );
}

function SequenceEditor({ sequence, save, onDone }: { sequence: SequenceRow; save: Action; onDone: () => void }) {
  const [steps, setSteps] = useState<Step[]>(sequence.steps);
  // Controlled: React resets uncontrolled fields after a form action, which would wipe the name on a refused save.
  const [name, setName] = useState(sequence.name);
  const [state, submit, saving] = useActionState(async (prev: ActionState<{ id: string }>, form: FormData) => {
    const result = await save(prev, form);
    if (result?.ok) onDone();
    return result;
  }, null);
  const baseId = useId();
  const details = state?.ok === false && Array.isArray(state.error.details) ? (state.error.details as { path: string; message: string }[]) : [];
  const errorFor = (path: string) => details.find((d) => d.path === path)?.message;
  const stepsError = errorFor("steps");
  const setStep = (index: number, change: Partial<Step>) => setSteps(steps.map((s, i) => (i === index ? { ...s, ...change } : s)));

  return (
    <form action={submit} className="mt-4 space-y-4 rounded-lg bg-slate-50 p-4">
      <input type="hidden" name="id" value={sequence.id} />
      <input type="hidden" name="steps" value={JSON.stringify(steps)} />
      <label className="flex max-w-sm flex-col gap-1 text-sm font-medium text-slate-700">
        Name
        <input name="name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} className={inputClass} aria-invalid={Boolean(errorFor("name"))} />
        {errorFor("name") && <span className="text-xs font-normal text-red-700">{errorFor("name")}</span>}
      </label>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">Steps</legend>
        {steps.map((step, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[8rem_1fr_auto]">
            <label htmlFor={`${baseId}-days-${i}`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              Days after applying
              <input
                id={`${baseId}-days-${i}`}
                type="number"
                min={0}
                max={365}
                required
                value={step.days}
                onChange={(e) => setStep(i, { days: Number(e.target.value) })}
                className={inputClass}
              />
              {errorFor(`steps.${i}.days`) && <span className="font-normal text-red-700">{errorFor(`steps.${i}.days`)}</span>}
            </label>
            <label htmlFor={`${baseId}-template-${i}`} className="flex flex-col gap-1 text-xs font-medium text-slate-600">
              Message template
              <textarea
                id={`${baseId}-template-${i}`}
                rows={5}
                required
                maxLength={4000}
                value={step.template}
                onChange={(e) => setStep(i, { template: e.target.value })}
                aria-invalid={Boolean(errorFor(`steps.${i}.template`))}
                className={inputClass}
              />
              {errorFor(`steps.${i}.template`) && <span className="font-normal text-red-700">{errorFor(`steps.${i}.template`)}</span>}
            </label>
            <div className="self-end">
              <Button type="button" variant="ghost" disabled={steps.length === 1} onClick={() => setSteps(steps.filter((_, j) => j !== i))} aria-label={`Remove step ${i + 1}`}>
                Remove
              </Button>
            </div>
          </div>
        ))}
        {steps.length < 10 && (
          <Button type="button" variant="secondary" onClick={() => setSteps([...steps, { days: (steps.at(-1)?.days ?? 0) + 7, template: "" }])}>
            Add step
          </Button>
        )}
      </fieldset>
      {state?.ok === false && (stepsError || details.length === 0) && (
        <p role="alert" className="text-sm text-red-700">
          {stepsError ?? state.error.message}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save sequence"}
        </Button>
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
