"use client";

import type { ReactNode } from "react";
import { skillLevels, type SkillLevel } from "@/lib/skills/levels";
import type { ParsedFields } from "./api";

const inputClass = "w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium text-slate-700">{label}</span>
      {children}
    </label>
  );
}

function ListSection({ title, onAdd, addLabel, children }: { title: string; onAdd: () => void; addLabel: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 text-sm font-medium text-slate-700">{title}</legend>
      {children}
      <button type="button" onClick={onAdd} className="text-sm font-medium text-brand-700 hover:underline">
        {addLabel}
      </button>
    </fieldset>
  );
}

const RemoveButton = ({ label, onClick }: { label: string; onClick: () => void }) => (
  <button type="button" onClick={onClick} aria-label={label} className="rounded px-2 text-slate-400 hover:bg-slate-100 hover:text-red-600">
    ×
  </button>
);

/** Every parsed field as an input, so the person can correct what the parser got wrong before saving. */
export function ParsedResumeForm({ value, onChange }: { value: ParsedFields; onChange: (next: ParsedFields) => void }) {
  const set = <K extends keyof ParsedFields>(key: K, v: ParsedFields[K]) => onChange({ ...value, [key]: v });
  const text = (key: "first_name" | "last_name" | "email" | "phone" | "location" | "title") => (
    <input className={inputClass} name={key} value={value[key] ?? ""} onChange={(e) => set(key, e.target.value)} />
  );
  const replaceAt = <T,>(list: T[], i: number, item: T) => list.map((x, j) => (j === i ? item : x));
  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name">{text("first_name")}</Field>
        <Field label="Last name">{text("last_name")}</Field>
        <Field label="E-mail">{text("email")}</Field>
        <Field label="Phone">{text("phone")}</Field>
        <Field label="Location">{text("location")}</Field>
        <Field label="Title">{text("title")}</Field>
        <Field label="Years of experience">
          <input
            className={inputClass}
            name="experience_years"
            type="number"
            min={0}
            max={60}
            step={0.1}
            value={value.experience_years ?? ""}
            onChange={(e) => set("experience_years", e.target.value === "" ? null : Number(e.target.value))}
          />
        </Field>
      </div>
      <Field label="Summary">
        <textarea className={inputClass} name="summary" rows={3} value={value.summary ?? ""} onChange={(e) => set("summary", e.target.value)} />
      </Field>
      <ListSection title="Skills" addLabel="+ Add a skill" onAdd={() => set("skills", [...value.skills, { name: "", level: "intermediate" }])}>
        {value.skills.length === 0 && <p className="text-sm text-slate-500">No skills found; add them here.</p>}
        {value.skills.map((skill, i) => (
          <div key={i} className="flex gap-2">
            <input className={inputClass} aria-label={`Skill ${i + 1}`} value={skill.name} onChange={(e) => set("skills", replaceAt(value.skills, i, { ...skill, name: e.target.value }))} />
            <select className={`${inputClass} w-40`} aria-label={`Level of skill ${i + 1}`} value={skill.level} onChange={(e) => set("skills", replaceAt(value.skills, i, { ...skill, level: e.target.value as SkillLevel }))}>
              {skillLevels.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
            <RemoveButton label={`Remove ${skill.name || "skill"}`} onClick={() => set("skills", value.skills.filter((_, j) => j !== i))} />
          </div>
        ))}
      </ListSection>
      <ListSection title="Education" addLabel="+ Add education" onAdd={() => set("education", [...value.education, { degree: null, field: null, institution: null, year: null }])}>
        {value.education.map((entry, i) => (
          <div key={i} className="grid grid-cols-[1fr_1fr_1fr_6rem_auto] gap-2">
            <input className={inputClass} aria-label={`Degree ${i + 1}`} placeholder="Degree" value={entry.degree ?? ""} onChange={(e) => set("education", replaceAt(value.education, i, { ...entry, degree: e.target.value || null }))} />
            <input className={inputClass} aria-label={`Field ${i + 1}`} placeholder="Field" value={entry.field ?? ""} onChange={(e) => set("education", replaceAt(value.education, i, { ...entry, field: e.target.value || null }))} />
            <input className={inputClass} aria-label={`Institution ${i + 1}`} placeholder="Institution" value={entry.institution ?? ""} onChange={(e) => set("education", replaceAt(value.education, i, { ...entry, institution: e.target.value || null }))} />
            <input className={inputClass} aria-label={`Year ${i + 1}`} placeholder="Year" type="number" value={entry.year ?? ""} onChange={(e) => set("education", replaceAt(value.education, i, { ...entry, year: e.target.value ? Number(e.target.value) : null }))} />
            <RemoveButton label={`Remove education ${i + 1}`} onClick={() => set("education", value.education.filter((_, j) => j !== i))} />
          </div>
        ))}
      </ListSection>
      <ListSection title="Languages" addLabel="+ Add a language" onAdd={() => set("languages", [...value.languages, { name: "", level: null }])}>
        {value.languages.map((lang, i) => (
          <div key={i} className="flex gap-2">
            <input className={inputClass} aria-label={`Language ${i + 1}`} value={lang.name} onChange={(e) => set("languages", replaceAt(value.languages, i, { ...lang, name: e.target.value }))} />
            <input className={`${inputClass} w-40`} aria-label={`Level of language ${i + 1}`} placeholder="Level (e.g. C1)" value={lang.level ?? ""} onChange={(e) => set("languages", replaceAt(value.languages, i, { ...lang, level: e.target.value || null }))} />
            <RemoveButton label={`Remove ${lang.name || "language"}`} onClick={() => set("languages", value.languages.filter((_, j) => j !== i))} />
          </div>
        ))}
      </ListSection>
    </div>
  );
}
