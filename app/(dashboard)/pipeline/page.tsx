import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { JobFilter } from "@/components/pipeline/job-filter";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { listPipelineJobs } from "@/lib/applications/pipeline-jobs";
import { requirePageRight } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Pipeline" };

const querySchema = z.object({ job_id: z.string().uuid().optional().catch(undefined) });

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageRight("candidates:read");
  const { job_id: jobId = null } = querySchema.parse(await searchParams);
  const jobs = await listPipelineJobs(await getDb());
  const job = jobs.find((j) => j.id === jobId);
  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Applications by stage across jobs. Drag a card to move it, or focus its handle and use Space and the arrow keys."
        actions={
          job && (
            <Link href={`/jobs/${job.id}/pipeline`} className="text-sm text-brand-700 hover:underline">
              Funnel and time in stage for this job →
            </Link>
          )
        }
      />
      <JobFilter jobs={jobs} selected={job ? job.id : null} />
      <PipelineBoard key={jobId ?? "all"} jobId={job ? job.id : null} label={job ? `Pipeline for ${job.title}` : "Pipeline for all jobs"} />
    </>
  );
}
