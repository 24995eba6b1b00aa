"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormError, sendJson } from "@/components/candidates/api";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { Field, inputClass } from "@/components/ui/form-field";
import { employmentTypes, seniorityLevels } from "@/lib/jobs/vocabulary";
import { skillLevels } from "@/lib/skills/levels";

type SkillRow = { name: string; level: string | null; required: boolean };

/** An own job as the form edits it (from GET /api/v1/jobs/{id}). */
export type JobFormValues = {
  title: string;
  description: string;
  company: string | null;
  location: string | null;
  remote: boolean;
  employment_type: string | null;
  level: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  skills: SkillRow[];
  experience_years_min: number | null;
};

const label = (value: string) => value.replace(/_/g, " ");
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

/** Create (POST /api/v1/jobs) or edit (PATCH) a recruiter's own opening. */
export function JobForm({ id, initial }: { id?: string; initial?: JobFormValues }) {
  const router = useRouter();
  const [skills, setSkills] = useState<SkillRow[]>(initial?.skills.length ? initial.skills : [{ name: "", level: null, required: true }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const setSkill = (i: number, change: Partial<SkillRow>) => setSkills(skills.map((s, j) => (j === i ? { ...s, ...change } : s)));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body = {
      title: text("title"),
      description: text("description"),
      company: text("company") || null,
      location: text("location") || null,
      remote: form.get("remote") === "on",
      employment_type: text("employment_type") || null,
      level: text("level") || null,
      salary_min: numberOrNull(text("salary_min")),
      salary_max: numberOrNull(text("salary_max")),
      salary_currency: text("salary_currency") || null,
      // No rows: the skills are recognised from the description.
      skills: skills.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), level: s.level, required: s.required })),
      experience_years_min: numberOrNull(text("experience_years_min")),
    };
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const saved = id ? (await sendJson<{ data: { id: string } }>(`/api/v1/jobs/${id}`, "PATCH", body)).data : await sendJson<{ id: string }>("/api/v1/jobs", "POST", body);
      router.push(`/jobs/${saved.id}`);
      router.refresh();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : "Could not save.");
      if (err instanceof FormError) setErrors(err.fields);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="grid max-w-3xl gap-4 sm:grid-cols-2" noValidate>
      <Field label="Title" error={errors.title} className="sm:col-span-2">
        <input name="title" required defaultValue={initial?.title} placeholder="Senior Backend Engineer" className={inputClass} />
      </Field>
      <Field label="Description" error={errors.description} className="sm:col-span-2">
        <textarea name="description" required rows={8} defaultValue={initial?.description} className={inputClass} />
      </Field>
      <Field label="Company" error={errors.company}>
        <input name="company" defaultValue={initial?.company ?? ""} className={inputClass} />
      </Field>
      <Field label="Location" error={errors.location}>
        <input name="location" defaultValue={initial?.location ?? ""} placeholder="Berlin, Germany" className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="remote" defaultChecked={initial?.remote} /> Remote
      </label>
      <div />
      <Field label="Employment type" error={errors.employment_type}>
        <select name="employment_type" defaultValue={initial?.employment_type ?? ""} className={inputClass}>
          <option value="">Not stated</option>
          {employmentTypes.map((t) => (
            <option key={t} value={t}>
              {label(t)}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Level" error={errors.level}>
        <select name="level" defaultValue={initial?.level ?? ""} className={inputClass}>
          <option value="">From the title</option>
          {seniorityLevels.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Salary from (per year)" error={errors.salary_min}>
        <input name="salary_min" type="number" min={0} step={1000} defaultValue={initial?.salary_min ?? ""} className={inputClass} />
      </Field>
      <Field label="Salary to (per year)" error={errors.salary_max}>
        <input name="salary_max" type="number" min={0} step={1000} defaultValue={initial?.salary_max ?? ""} className={inputClass} />
      </Field>
      <Field label="Currency" error={errors.salary_currency}>
        <input name="salary_currency" maxLength={3} defaultValue={initial?.salary_currency ?? ""} placeholder="EUR" className={`${inputClass} uppercase`} />
      </Field>
      <Field label="Minimum years of experience" error={errors.experience_years_min}>
        <input name="experience_years_min" type="number" min={0} max={50} defaultValue={initial?.experience_years_min ?? ""} placeholder="From the description" className={inputClass} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-slate-700">Skills</legend>
        <p className="mb-2 text-xs text-slate-500">Leave empty to recognise them from the description; the level defaults to the job&apos;s seniority.</p>
        <ul className="space-y-2">
          {skills.map((skill, i) => (
            <li key={i} className="flex flex-wrap gap-2">
              <input aria-label={`Skill ${i + 1}`} value={skill.name} onChange={(e) => setSkill(i, { name: e.target.value })} placeholder="PostgreSQL" className={`${inputClass} max-w-64`} />
              <select aria-label={`Level of skill ${i + 1}`} value={skill.level ?? ""} onChange={(e) => setSkill(i, { level: e.target.value || null })} className={`${inputClass} max-w-40`}>
                <option value="">From seniority</option>
                {skillLevels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
              <select aria-label={`Skill ${i + 1} required`} value={skill.required ? "required" : "nice"} onChange={(e) => setSkill(i, { required: e.target.value === "required" })} className={`${inputClass} max-w-40`}>
                <option value="required">Required</option>
                <option value="nice">Nice to have</option>
              </select>
              <Button type="button" variant="ghost" aria-label={`Remove skill ${i + 1}`} onClick={() => setSkills(skills.filter((_, j) => j !== i))}>
                Remove
              </Button>
              {errors[`skills.${i}.level`] && <span className="text-xs text-red-700">{errors[`skills.${i}.level`]}</span>}
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" className="mt-2" onClick={() => setSkills([...skills, { name: "", level: null, required: true }])}>
          Add skill
        </Button>
      </fieldset>
      <FormActions message={message} pending={pending} submitLabel={id ? "Save changes" : "Create job"} />
    </form>
  );
}
