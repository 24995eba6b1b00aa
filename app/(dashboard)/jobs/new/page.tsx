import type { Metadata } from "next";
import Link from "next/link";
import { JobForm } from "@/components/jobs/job-form";
import { PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  await requirePageRight("jobs:manage");
  return (
    <>
      <Link href="/jobs" className="text-sm text-brand-700 hover:underline">
        ← All jobs
      </Link>
      <PageHeader title="New job" description="Your own opening: cleaned, its skills recognised and its location standardised like every synced job." />
      <JobForm />
    </>
  );
}
