"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/server/action";

type SaveAction = (prev: ActionState<{ version: number }>, form: FormData) => Promise<ActionState<{ version: number }>>;

type Current = { skills: number; experience: number; salary: number; location: number; minScore: number; version: number; updatedBy: string | null; updatedAt: string | null };

const fields = [
  ["skill_weight", "Skills", "skills"],
  ["experience_weight", "Experience", "experience"],
  ["salary_weight", "Salary", "salary"],
  ["location_weight", "Location", "location"],
] as const;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Weights (normalised on save) and the minimum score; saving rescores every match in the background. */
export function MatchSettingsForm({ current, action }: { current: Current; action: SaveAction }) {
  const [state, save, saving] = useActionState(action, null);
  const details = state?.ok === false && Array.isArray(state.error.details) ? (state.error.details as { path: string; message: string }[]) : [];
  const errorFor = (name: string) => details.find((d) => d.path === name)?.message;
  return (
    <form action={save} className="space-y-4" aria-describedby="match-settings-help">
      <p id="match-settings-help" className="text-sm text-slate-500">
        Weights are relative (they are scaled to add up to 1). Saved settings win over the <code>MATCH_*</code> environment defaults.{" "}
        {current.version === 0
          ? "Nothing saved yet: the environment defaults apply."
          : `Version ${current.version}, saved ${current.updatedAt ? new Date(current.updatedAt).toLocaleString("en-GB", { timeZone: "UTC" }) + " UTC" : ""}${current.updatedBy ? ` by ${current.updatedBy}` : ""}.`}
      </p>
      <div className="grid gap-4 sm:grid-cols-5">
        {fields.map(([name, label, key]) => (
          <label key={name} className="flex flex-col text-xs font-medium text-slate-600">
            {label} weight
            <input
              name={name}
              type="number"
              min={0}
              max={100}
              step="any"
              required
              defaultValue={round(current[key])}
              aria-invalid={Boolean(errorFor(name))}
              className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
            />
            {errorFor(name) && <span className="mt-1 text-red-700">{errorFor(name)}</span>}
          </label>
        ))}
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Minimum score
          <input
            name="min_score"
            type="number"
            min={0}
            max={1}
            step="any"
            required
            defaultValue={round(current.minScore)}
            aria-invalid={Boolean(errorFor("min_score"))}
            className="mt-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
          />
          {errorFor("min_score") && <span className="mt-1 text-red-700">{errorFor("min_score")}</span>}
        </label>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : "Save and rescore"}
        </Button>
        {state?.ok && (
          <p role="status" className="text-sm text-emerald-700">
            Saved as version {state.data.version}. Matches are being rescored; current scores stay visible until then.
          </p>
        )}
        {state?.ok === false && details.length === 0 && (
          <p role="alert" className="text-sm text-red-700">
            {state.error.message}
          </p>
        )}
      </div>
    </form>
  );
}
