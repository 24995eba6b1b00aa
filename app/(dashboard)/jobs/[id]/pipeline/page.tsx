import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JobFunnelCard } from "@/components/pipeline/job-funnel";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { firstColumnPages } from "@/lib/applications/board";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";
import { getJob } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Job pipeline" };

export default async function JobPipelinePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("applications:manage");
  const { id } = await params;
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const job = await forPage(getJob(db, id));
  const initial = await firstColumnPages(db, user, job.id);
  return (
    <>
      <Link href={`/jobs/${job.id}`} className="text-sm text-brand-700 hover:underline">
        ← {job.title}
      </Link>
      <div className="mt-3">
        <PageHeader title={`Pipeline: ${job.title}`} description="This job's applications by stage. Drag a card to move it, or focus its handle and use Space and the arrow keys." />
      </div>
      <PipelineBoard jobId={job.id} label={`Pipeline for ${job.title}`} initial={initial} />
      <section className="mt-6">
        <JobFunnelCard jobId={job.id} />
      </section>
    </>
  );
}
