"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { NotificationChannel, NotificationKind } from "@/db/schema/notifications";
import { notificationsApi, type PreferencesJson } from "./api";

const channels: Array<{ value: NotificationChannel; label: string }> = [
  { value: "in_app", label: "In the app" },
  { value: "email", label: "E-mail too" },
  { value: "off", label: "Off" },
];

export type KindDescription = { kind: NotificationKind; label: string; description: string };

/** The account page's Notifications card: per kind, in the app, by e-mail as well, or off. */
export function PreferencesForm({ initial, kinds }: { initial: PreferencesJson; kinds: KindDescription[] }) {
  const [choices, setChoices] = useState(initial.preferences);
  const [saved, setSaved] = useState(initial.preferences);
  const save = useMutation({
    mutationFn: (preferences: PreferencesJson["preferences"]) => notificationsApi<PreferencesJson>("/api/v1/notifications/preferences", { method: "PUT", body: { preferences } }),
    onSuccess: (result) => {
      setChoices(result.preferences);
      setSaved(result.preferences);
    },
  });
  const changed = kinds.some(({ kind }) => choices[kind] !== saved[kind]);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(choices);
      }}
    >
      {!initial.email_configured && (
        <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          E-mail is not set up on this server (SMTP_URL): e-mails are recorded but not sent. You still see every notification in the app.
        </p>
      )}
      <div className="divide-y divide-slate-100">
        {kinds.map(({ kind, label, description }) => (
          <fieldset key={kind} className="flex flex-wrap items-center justify-between gap-3 py-3">
            <legend className="sr-only">{label}</legend>
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-800" aria-hidden>
                {label}
              </p>
              <p className="text-xs text-slate-500">{description}</p>
            </div>
            <div className="inline-flex rounded-md ring-1 ring-slate-300">
              {channels.map((c) => (
                <label
                  key={c.value}
                  className={`cursor-pointer px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md focus-within:outline focus-within:outline-2 focus-within:outline-brand-600 ${choices[kind] === c.value ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
                >
                  <input
                    type="radio"
                    className="sr-only"
                    name={kind}
                    value={c.value}
                    checked={choices[kind] === c.value}
                    onChange={() => setChoices((prev) => ({ ...prev, [kind]: c.value }))}
                  />
                  {c.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <div className="mt-4 flex items-center gap-3">
        <Button type="submit" disabled={!changed || save.isPending}>
          {save.isPending ? "Saving…" : "Save notification settings"}
        </Button>
        {save.isError && (
          <p role="alert" className="text-sm text-red-700">
            {save.error.message}
          </p>
        )}
        {save.isSuccess && !changed && (
          <p role="status" className="text-sm text-emerald-700">
            Saved.
          </p>
        )}
      </div>
    </form>
  );
}
