"use client";

import { useId, useState, type FormEvent } from "react";
import { rangePresets } from "@/lib/metrics/range";

export type RangeSearch = { range?: string; from?: string; to?: string };

/**
 * Presets as a radio group (arrow keys move and choose, as with any radio group) and a custom
 * from/to form; each choice hands the new search parameters up, which keep it in the URL.
 */
export function RangePicker({ current, onChange }: { current: RangeSearch; onChange: (next: RangeSearch) => void }) {
  const id = useId();
  const [customOpen, setCustomOpen] = useState(false);
  const [from, setFrom] = useState(current.from ?? "");
  const [to, setTo] = useState(current.to ?? "");
  // Back and forward change the URL under us: the fields follow it (React's "adjust state on a prop change").
  const [shown, setShown] = useState(current);
  if (shown.from !== current.from || shown.to !== current.to || shown.range !== current.range) {
    setShown(current);
    setFrom(current.from ?? "");
    setTo(current.to ?? "");
    setCustomOpen(false);
  }
  const chosen = customOpen || current.from || current.to ? "custom" : (current.range ?? "30");

  function applyCustom(event: FormEvent) {
    event.preventDefault();
    onChange({ from, to });
  }

  return (
    <form onSubmit={applyCustom} className="mb-6 flex flex-wrap items-end gap-4">
      <fieldset className="flex flex-wrap items-center gap-1 rounded-lg border border-slate-200 bg-white p-1">
        <legend className="sr-only">Date range</legend>
        {[...rangePresets.map((days) => ({ value: String(days), label: `Last ${days} days` })), { value: "custom", label: "Custom" }].map((option) => (
          <label
            key={option.value}
            className="cursor-pointer rounded-md px-3 py-1.5 text-sm text-slate-700 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-500"
          >
            <input
              type="radio"
              name={`${id}-range`}
              value={option.value}
              checked={chosen === option.value}
              onChange={() => {
                if (option.value === "custom") return setCustomOpen(true);
                setCustomOpen(false);
                onChange({ range: option.value });
              }}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {chosen === "custom" && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm text-slate-700">
            From
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required className="ml-2 rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <label className="text-sm text-slate-700">
            To
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required className="ml-2 rounded-md border border-slate-300 px-2 py-1 text-sm" />
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
            Show range
          </button>
        </div>
      )}
    </form>
  );
}
