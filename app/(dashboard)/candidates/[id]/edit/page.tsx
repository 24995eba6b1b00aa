import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { getCandidate } from "@/lib/candidates/get";
import { candidateForApi } from "@/lib/candidates/serialize";
import { forPage } from "@/server/page";

export const metadata: Metadata = { title: "Edit candidate" };

export default async function EditCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("candidates:manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const candidate = candidateForApi(await forPage(getCandidate(await getDb(), user, id)));
  return (
    <>
      <Link href={`/candidates/${id}`} className="text-sm text-brand-700 hover:underline">
        ← {candidate.full_name}
      </Link>
      <PageHeader title={`Edit ${candidate.full_name}`} />
      <CandidateForm id={id} initial={candidate} next="/candidates/{id}" />
    </>
  );
}
