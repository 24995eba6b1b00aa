"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { PipelineJob } from "@/lib/applications/board";

/** Picks the job whose pipeline to show; a plain GET form, so it works before JavaScript too. */
export function JobFilter({ jobs, selected }: { jobs: PipelineJob[]; selected: string | null }) {
  const router = useRouter();
  return (
    <form method="get" action="/pipeline" className="mb-4 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="pipeline-job" className="mb-1 block text-sm font-medium text-slate-700">
          Job
        </label>
        <select
          id="pipeline-job"
          name="job_id"
          value={selected ?? ""}
          onChange={(e) => router.push(e.target.value ? `/pipeline?job_id=${e.target.value}` : "/pipeline")}
          className="w-80 max-w-full rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          <option value="">All jobs</option>
          {jobs.map((j) => (
            <option key={j.id} value={j.id}>
              {j.title}
              {j.company ? ` · ${j.company}` : ""} ({j.applications})
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </noscript>
    </form>
  );
}
