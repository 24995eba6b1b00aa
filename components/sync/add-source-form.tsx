"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ActionState } from "@/server/action";

type AddAction = (prev: ActionState<{ id: string; name: string }>, form: FormData) => Promise<ActionState<{ id: string; name: string }>>;

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

/** Admins add a job source: its type, a name, its config in the API's own terms, a cron schedule. */
export function AddSourceForm({ action, examples }: { action: AddAction; examples: Record<string, Record<string, unknown>> }) {
  const types = Object.keys(examples);
  const [type, setType] = useState(types[0]);
  const [config, setConfig] = useState(JSON.stringify(examples[types[0]], null, 2));
  // Controlled fields: React resets a form after its action, and a rejected form must keep its input.
  const [name, setName] = useState("");
  const [schedule, setSchedule] = useState("");
  const queryClient = useQueryClient();
  const [state, submit, pending] = useActionState<ActionState<{ id: string; name: string }>, FormData>(async (prev, form) => {
    const result = await action(prev, form);
    if (result?.ok) {
      setName("");
      setSchedule("");
      void queryClient.invalidateQueries({ queryKey: ["sources"] });
    }
    return result;
  }, null);

  return (
    <Card className="p-5">
      <details>
        <summary className="cursor-pointer text-base font-semibold">Add a job source</summary>
        <form action={submit} className="mt-4 grid gap-4 md:grid-cols-2">
          <label className="text-sm font-medium text-slate-700">
            Type
            <select
              name="type"
              value={type}
              onChange={(e) => {
                setType(e.target.value);
                setConfig(JSON.stringify(examples[e.target.value], null, 2));
              }}
              className={field}
            >
              {types.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-700">
            Name
            <input name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Adzuna UK developers" className={field} />
          </label>
          <label className="text-sm font-medium text-slate-700 md:col-span-2">
            Config (JSON, in the API&apos;s own terms)
            <textarea name="config" rows={4} value={config} onChange={(e) => setConfig(e.target.value)} className={`${field} font-mono`} spellCheck={false} />
          </label>
          <label className="text-sm font-medium text-slate-700">
            Schedule (cron, optional)
            <input name="schedule" value={schedule} onChange={(e) => setSchedule(e.target.value)} placeholder="0 */6 * * *" className={`${field} font-mono`} />
          </label>
          <div className="flex items-end">
            <Button type="submit" disabled={pending}>
              {pending ? "Adding…" : "Add source"}
            </Button>
          </div>
          {state?.ok === false && (
            <p role="alert" className="text-sm text-red-700 md:col-span-2">
              {state.error.message}
            </p>
          )}
          {state?.ok && (
            <p role="status" className="text-sm text-emerald-700 md:col-span-2">
              Added “{state.data.name}”. Press its “Sync now” to fetch jobs.
            </p>
          )}
        </form>
      </details>
    </Card>
  );
}
