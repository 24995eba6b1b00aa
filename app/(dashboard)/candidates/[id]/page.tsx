import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { z } from "zod";
import { DeleteCandidateButton, DuplicateActions } from "@/components/candidates/candidate-actions";
import { CandidateMatches } from "@/components/matching/candidate-matches";
import { LearnNextCard } from "@/components/matching/learn-next";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/lib/auth/session";
import { listDuplicates } from "@/lib/candidates/duplicates";
import { getCandidate } from "@/lib/candidates/get";
import { candidateForApi, duplicateForApi } from "@/lib/candidates/serialize";
import { forPage } from "@/lib/http/respond";

export const metadata: Metadata = { title: "Candidate" };

const reasonText: Record<string, string> = { email: "same e-mail", phone: "same phone", name_resume: "same name and resume" };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-800">{children}</dd>
    </div>
  );
}

function SectionTitle({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
      {children}
    </h2>
  );
}

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("candidates:read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const [detail, flags] = await forPage(Promise.all([getCandidate(db, user, id), listDuplicates(db, user, id)]));
  const c = candidateForApi(detail);
  const duplicates = flags.map(duplicateForApi);
  return (
    <>
      <Link href="/candidates" className="text-sm text-brand-700 hover:underline">
        ← All candidates
      </Link>
      <div className="mt-3 mb-6 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            {c.full_name || "Unnamed candidate"}
            {c.possible_duplicate && <Badge tone="amber">Possible duplicate</Badge>}
            {c.owned_by_seeker && <Badge tone="blue">Seeker&apos;s own profile</Badge>}
          </h1>
          <p className="text-sm text-slate-600">
            {c.title ?? "No title"} · {c.location ?? "Location unknown"}
          </p>
        </div>
        <div className="flex gap-2">
          <Link href={`/candidates/${c.id}/edit`} className={buttonClass("secondary")}>
            Edit
          </Link>
          <DeleteCandidateButton id={c.id} name={c.full_name} />
        </div>
      </div>

      {duplicates.length > 0 && (
        <Card className="mb-6 border-amber-200 p-5">
          <SectionTitle>Possible duplicates</SectionTitle>
          <ul className="divide-y divide-slate-100">
            {duplicates.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
                <div>
                  <Link href={`/candidates/${d.duplicate.id}`} className="font-medium text-slate-900 hover:underline">
                    {d.duplicate.full_name}
                  </Link>
                  <p className="text-xs text-slate-500">
                    {d.reasons.map((r) => reasonText[r] ?? r).join(", ")}
                    {d.duplicate.email && ` · ${d.duplicate.email}`}
                  </p>
                </div>
                <DuplicateActions id={c.id} otherId={d.duplicate.id} otherName={d.duplicate.full_name} />
              </li>
            ))}
          </ul>
        </Card>
      )}

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

      <section id="matches" aria-label="Matched jobs" className="mt-8 space-y-6">
        <CandidateMatches candidateId={c.id} actor={user} />
        <LearnNextCard candidateId={c.id} />
      </section>
    </>
  );
}
