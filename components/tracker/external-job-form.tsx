"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormActions } from "@/components/ui/form-actions";
import { Field, inputClass } from "@/components/ui/form-field";
import { externalJobInput, type ExternalJobPrefill } from "@/lib/tracker/external-job-input";
import { ApiError, callApi } from "./api";

/** Add a job found elsewhere to the tracker: by hand, or prefilled by the bookmarklet for the seeker to confirm. */
export function ExternalJobForm({ initial }: { initial: ExternalJobPrefill }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = externalJobInput.safeParse(Object.fromEntries(["url", "title", "company", "location", "description"].map((name) => [name, String(form.get(name) ?? "")])));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      setMessage("Check the highlighted fields.");
      return;
    }
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const { id } = await callApi<{ id: string }>("/api/v1/applications", "POST", { external_job: parsed.data, stage: form.get("stage") === "applied" ? "applied" : "saved" });
      router.push(`/portal/applications/${id}`);
    } catch (err) {
      setMessage(err instanceof Error ? err.message : "Could not save the job.");
      if (err instanceof ApiError) setErrors(Object.fromEntries(Object.entries(err.fields).map(([path, text]) => [path.replace(/^external_job\./, ""), text])));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <Field label="Job title" error={errors.title}>
        <input name="title" required defaultValue={initial.title} className={inputClass} />
      </Field>
      <Field label="Company" error={errors.company}>
        <input name="company" defaultValue={initial.company} className={inputClass} />
      </Field>
      <Field label="Location" error={errors.location}>
        <input name="location" defaultValue={initial.location} placeholder="Berlin, DE or Remote" className={inputClass} />
      </Field>
      <Field label="Link to the job" error={errors.url}>
        <input name="url" type="url" inputMode="url" defaultValue={initial.url} placeholder="https://…" className={inputClass} />
      </Field>
      <Field label="Description" error={errors.description} className="sm:col-span-2">
        <textarea name="description" rows={8} defaultValue={initial.description} className={inputClass} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">Where are you with it?</legend>
        <div className="flex gap-6 text-sm text-slate-700">
          <label className="flex items-center gap-2">
            <input type="radio" name="stage" value="saved" defaultChecked /> Saved, not applied yet
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="stage" value="applied" /> Already applied
          </label>
        </div>
      </fieldset>
      <FormActions message={message} pending={pending} submitLabel="Add to my tracker" />
    </form>
  );
}
