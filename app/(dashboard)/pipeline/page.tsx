import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ExportLinks } from "@/components/export/export-links";
import { JobFilter } from "@/components/pipeline/job-filter";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { firstColumnPages, listPipelineJobs } from "@/lib/applications/board";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "Pipeline" };

const querySchema = z.object({ job_id: z.string().uuid().optional().catch(undefined) });

export default async function PipelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePageRight("applications:manage");
  const { job_id: jobId = null } = querySchema.parse(await searchParams);
  const db = await getDb();
  const jobs = await listPipelineJobs(db);
  const job = jobs.find((j) => j.id === jobId);
  const initial = await firstColumnPages(db, user, job ? job.id : null);
  return (
    <>
      <PageHeader
        title="Pipeline"
        description="Applications by stage across jobs. Drag a card to move it, or focus its handle and use Space and the arrow keys."
        actions={
          <div className="flex flex-wrap items-center gap-3">
            {job && (
              <Link href={`/jobs/${job.id}/pipeline`} className="text-sm text-brand-700 hover:underline">
                Funnel and time in stage for this job →
              </Link>
            )}
            <ExportLinks resource="applications" label="applications" filters={{ job_id: job?.id }} />
          </div>
        }
      />
      <JobFilter jobs={jobs} selected={job ? job.id : null} />
      <PipelineBoard key={job?.id ?? "all"} jobId={job ? job.id : null} initial={initial} label={job ? `Pipeline for ${job.title}` : "Pipeline for all jobs"} />
    </>
  );
}
