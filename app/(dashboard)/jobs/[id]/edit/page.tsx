import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JobForm } from "@/components/jobs/job-form";
import { Notice, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";
import { getJob } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Edit job" };

export default async function EditJobPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageRight("jobs:manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const job = await forPage(getJob(await getDb(), id));
  const back = (
    <Link href={`/jobs/${id}`} className="text-sm text-brand-700 hover:underline">
      ← {job.title}
    </Link>
  );
  if (job.origin !== "own") {
    return (
      <>
        {back}
        <Notice>Synced jobs are read-only: their source owns them.</Notice>
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={`Edit ${job.title}`} />
      <JobForm
        id={id}
        initial={{
          title: job.title,
          description: job.description,
          company: job.companyName,
          location: job.locationDisplay,
          remote: job.remote,
          employment_type: job.employmentType,
          level: job.level,
          salary_min: job.salaryMin,
          salary_max: job.salaryMax,
          salary_currency: job.salaryCurrency,
          skills: job.skillRequirements,
          experience_years_min: job.experienceYearsMin,
        }}
      />
    </>
  );
}
