import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeleteCandidateButton, DuplicateActions } from "@/components/candidates/candidate-actions";
import { CandidateProfile, SectionTitle } from "@/components/candidates/candidate-profile";
import { CandidateMatches } from "@/components/matching/candidate-matches";
import { LearnNextCard } from "@/components/matching/learn-next";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { listDuplicates } from "@/lib/candidates/duplicates";
import { getCandidate } from "@/lib/candidates/get";
import { candidateForApi, duplicateForApi } from "@/lib/candidates/serialize";
import { forPage } from "@/server/page";

export const metadata: Metadata = { title: "Candidate" };

const reasonText: Record<string, string> = { email: "same e-mail", phone: "same phone", name_resume: "same name and resume" };

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

      <CandidateProfile candidate={c} />

      <section id="matches" aria-label="Matched jobs" className="mt-8 space-y-6">
        <CandidateMatches candidateId={c.id} actor={user} />
        <LearnNextCard candidateId={c.id} />
      </section>
    </>
  );
}
