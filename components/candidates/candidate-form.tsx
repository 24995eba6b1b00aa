"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormActions } from "@/components/ui/form-actions";
import { Field, inputClass } from "@/components/ui/form-field";
import { skillLevels } from "@/lib/skills/levels";
import { FormError, sendJson } from "./api";

/** The profile fields as the API returns them (GET /api/v1/candidates/{id}). */
export type CandidateFormValues = {
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  location: string | null;
  title: string | null;
  summary: string | null;
  skills: Array<{ name: string; level: string | null }>;
  experience_years: number | null;
  education: Array<{ degree: string | null; field: string | null; institution: string | null; year: number | null }>;
  languages: Array<{ name: string; level: string | null }>;
  salary_expectation: number | null;
  salary_currency: string | null;
  available_from: string | null;
  links: string[];
};

const educationLine = (e: CandidateFormValues["education"][number]) => [e.degree && e.field ? `${e.degree} ${e.field}` : (e.degree ?? e.field), e.institution, e.year].filter(Boolean).join(", ");
const languageLine = (l: { name: string; level: string | null }) => (l.level ? `${l.name} (${l.level})` : l.name);
const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);
const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text));

type Props = {
  /** PATCH this candidate; without it the form creates one. */
  id?: string;
  initial?: CandidateFormValues;
  /** Where to go after saving; `{id}` is replaced by the candidate's id. */
  next: string;
};

/** Create or edit a profile: recruiters on /candidates, a seeker on /portal/profile. */
export function CandidateForm({ id, initial, next }: Props) {
  const router = useRouter();
  const [skills, setSkills] = useState(initial?.skills.length ? initial.skills : [{ name: "", level: null as string | null }]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const body = {
      first_name: text("first_name"),
      last_name: text("last_name"),
      email: text("email") || null,
      phone: text("phone") || null,
      location: text("location") || null,
      title: text("title") || null,
      summary: text("summary") || null,
      skills: skills.filter((s) => s.name.trim()).map((s) => ({ name: s.name.trim(), level: s.level || null })),
      experience_years: numberOrNull(text("experience_years")),
      education: lines(text("education")),
      languages: lines(text("languages")),
      salary_expectation: numberOrNull(text("salary_expectation")),
      salary_currency: text("salary_currency") || null,
      available_from: text("available_from") || null,
      links: lines(text("links")),
    };
    setPending(true);
    setErrors({});
    setMessage(null);
    try {
      const saved = id ? await sendJson<{ data: { id: string } }>(`/api/v1/candidates/${id}`, "PATCH", body).then((r) => r.data) : await sendJson<{ id: string }>("/api/v1/candidates", "POST", body);
      router.push(next.replace("{id}", saved.id));
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
      <Field label="First name" error={errors.first_name}>
        <input name="first_name" required defaultValue={initial?.first_name} className={inputClass} autoComplete="given-name" />
      </Field>
      <Field label="Last name" error={errors.last_name}>
        <input name="last_name" defaultValue={initial?.last_name} className={inputClass} autoComplete="family-name" />
      </Field>
      <Field label="E-mail" error={errors.email}>
        <input name="email" type="email" defaultValue={initial?.email ?? ""} className={inputClass} />
      </Field>
      <Field label="Phone" error={errors.phone}>
        <input name="phone" type="tel" defaultValue={initial?.phone ?? ""} placeholder="+44 20 7946 0958" className={inputClass} />
      </Field>
      <Field label="Location" error={errors.location}>
        <input name="location" defaultValue={initial?.location ?? ""} placeholder="London, UK" className={inputClass} />
      </Field>
      <Field label="Title" error={errors.title}>
        <input name="title" defaultValue={initial?.title ?? ""} placeholder="Backend Engineer" className={inputClass} />
      </Field>
      <Field label="Summary" error={errors.summary} className="sm:col-span-2">
        <textarea name="summary" rows={3} defaultValue={initial?.summary ?? ""} className={inputClass} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="mb-2 text-sm font-medium text-slate-700">Skills</legend>
        <ul className="space-y-2">
          {skills.map((skill, i) => (
            <li key={i} className="flex gap-2">
              <input aria-label={`Skill ${i + 1}`} value={skill.name} onChange={(e) => setSkills(skills.map((s, j) => (j === i ? { ...s, name: e.target.value } : s)))} placeholder="Python" className={inputClass} />
              <select aria-label={`Level of skill ${i + 1}`} value={skill.level ?? ""} onChange={(e) => setSkills(skills.map((s, j) => (j === i ? { ...s, level: e.target.value || null } : s)))} className={`${inputClass} max-w-40`}>
                <option value="">Level unknown</option>
                {skillLevels.map((level) => (
                  <option key={level} value={level}>
                    {level}
                  </option>
                ))}
              </select>
              <Button type="button" variant="ghost" aria-label={`Remove skill ${i + 1}`} onClick={() => setSkills(skills.filter((_, j) => j !== i))}>
                Remove
              </Button>
              {errors[`skills.${i}.level`] && <span className="text-xs text-red-700">{errors[`skills.${i}.level`]}</span>}
            </li>
          ))}
        </ul>
        <Button type="button" variant="secondary" className="mt-2" onClick={() => setSkills([...skills, { name: "", level: null }])}>
          Add skill
        </Button>
      </fieldset>
      <Field label="Years of experience" error={errors.experience_years}>
        <input name="experience_years" type="number" min={0} max={70} step="0.5" defaultValue={initial?.experience_years ?? ""} className={inputClass} />
      </Field>
      <Field label="Available from" error={errors.available_from}>
        <input name="available_from" type="date" defaultValue={initial?.available_from ?? ""} className={inputClass} />
      </Field>
      <Field label="Salary expectation (per year)" error={errors.salary_expectation}>
        <input name="salary_expectation" type="number" min={0} step={1000} defaultValue={initial?.salary_expectation ?? ""} className={inputClass} />
      </Field>
      <Field label="Currency" error={errors.salary_currency}>
        <input name="salary_currency" maxLength={3} defaultValue={initial?.salary_currency ?? ""} placeholder="EUR" className={`${inputClass} uppercase`} />
      </Field>
      <Field label="Education (one per line)" error={errors.education}>
        <textarea name="education" rows={3} defaultValue={initial?.education.map(educationLine).join("\n")} placeholder="BSc Computer Science, University of Leeds, 2015" className={inputClass} />
      </Field>
      <Field label="Languages (one per line)" error={errors.languages}>
        <textarea name="languages" rows={3} defaultValue={initial?.languages.map(languageLine).join("\n")} placeholder="English (C1)" className={inputClass} />
      </Field>
      <Field label="Links (one per line)" error={errors.links} className="sm:col-span-2">
        <textarea name="links" rows={2} defaultValue={initial?.links.join("\n")} placeholder="https://github.com/…" className={inputClass} />
      </Field>
      <FormActions message={message} pending={pending} submitLabel={id ? "Save changes" : "Create candidate"} />
    </form>
  );
}
