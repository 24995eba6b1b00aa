import type { ReactNode } from "react";
import { Badge, Card } from "@/components/ui/card";
import type { candidateForApi } from "@/lib/candidates/serialize";

type CandidateView = ReturnType<typeof candidateForApi>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

export function SectionTitle({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
      {children}
    </h2>
  );
}

/** A candidate's profile (summary, skills with levels, education, languages) and facts (contact, salary, resume, sources). */
export function CandidateProfile({ candidate: c }: { candidate: CandidateView }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="p-6 lg:col-span-2">
        <SectionTitle>Profile</SectionTitle>
        <p className="whitespace-pre-line text-sm leading-6 text-slate-700">{c.summary || "No summary."}</p>
        <div className="mt-6" />
        <SectionTitle>Skills</SectionTitle>
        {c.skills.length === 0 ? (
          <p className="text-sm text-slate-500">No skills recorded.</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {c.skills.map((s) => (
              <li key={s.name}>
                <Badge tone={s.level === "expert" || s.level === "advanced" ? "green" : "slate"}>{s.level ? `${s.name} · ${s.level}` : s.name}</Badge>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-6 grid gap-6 sm:grid-cols-2">
          <div>
            <SectionTitle>Education</SectionTitle>
            {c.education.length === 0 ? (
              <p className="text-sm text-slate-500">None recorded.</p>
            ) : (
              <ul className="space-y-1 text-sm text-slate-700">
                {c.education.map((e, i) => (
                  <li key={i}>{[e.degree, e.field, e.institution, e.year].filter(Boolean).join(", ")}</li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <SectionTitle>Languages</SectionTitle>
            {c.languages.length === 0 ? (
              <p className="text-sm text-slate-500">None recorded.</p>
            ) : (
              <ul className="space-y-1 text-sm text-slate-700">
                {c.languages.map((l) => (
                  <li key={l.name}>{l.level ? `${l.name} (${l.level})` : l.name}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </Card>
      <Card className="p-6">
        <dl className="grid gap-4">
          <Fact label="E-mail">{c.email ? <a href={`mailto:${c.email}`} className="text-brand-700 hover:underline">{c.email}</a> : "Not stated"}</Fact>
          <Fact label="Phone">{c.phone ?? "Not stated"}</Fact>
          <Fact label="Experience">{c.experience_years !== null ? `${c.experience_years} years` : "Not stated"}</Fact>
          <Fact label="Salary expectation">{c.salary_expectation !== null ? `${c.salary_expectation.toLocaleString("en")} ${c.salary_currency ?? ""} a year` : "No salary stated"}</Fact>
          <Fact label="Available from">{c.available_from ?? "Not stated"}</Fact>
          <Fact label="Links">
            {c.links.length === 0 ? (
              "None"
            ) : (
              <ul>
                {c.links.map((link) => (
                  <li key={link}>
                    <a href={link} rel="noopener noreferrer nofollow" target="_blank" className="break-all text-brand-700 hover:underline">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label="Resume">
            {c.resumes.length === 0 ? (
              "No resume on file"
            ) : (
              <ul>
                {c.resumes.map((r) => (
                  <li key={r.id}>
                    <a href={r.url} className="text-brand-700 hover:underline">
                      {r.file_name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
          <Fact label="Sources">{c.sources.length === 0 ? "Added here" : c.sources.map((s) => `${s.source} #${s.external_id}`).join(", ")}</Fact>
        </dl>
      </Card>
    </div>
  );
}
