import type { Metadata } from "next";
import Link from "next/link";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "New candidate" };

export default async function NewCandidatePage() {
  await requirePageRight("candidates:manage");
  return (
    <>
      <Link href="/candidates" className="text-sm text-brand-700 hover:underline">
        ← All candidates
      </Link>
      <PageHeader title="New candidate" description="Skills are matched to the taxonomy and the location standardised when you save." />
      <CandidateForm next="/candidates/{id}" />
    </>
  );
}
