import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { humanise } from "@/components/jobs/format";
import { JobFactsCard } from "@/components/jobs/job-facts-card";
import { CloseJobButton } from "@/components/jobs/close-job-button";
import { JobSourcesCard } from "@/components/jobs/job-sources-card";
import { JobCandidates } from "@/components/matching/job-candidates";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { can } from "@/lib/auth/roles";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";
import { getJob, getJobSources } from "@/lib/jobs/queries";

export const metadata: Metadata = { title: "Job" };

async function loadJob(id: string) {
  if (!z.string().uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const [job, sources] = await forPage(Promise.all([getJob(db, id), getJobSources(db, id)]));
  return { job, sources };
}

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("dashboard:use");
  const { job, sources } = await loadJob((await params).id);
  const editable = job.origin === "own" && can(user.role, "jobs:manage");
  return (
    <>
      <Link href="/jobs" className="text-sm text-brand-700 hover:underline">
        ← All jobs
      </Link>
      <div className="mt-3 mb-6 flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{job.title}</h1>
        {job.remote && <Badge tone="green">Remote</Badge>}
        {job.internship && <Badge tone="amber">Internship</Badge>}
        <Badge tone={job.status === "open" ? "blue" : "red"}>{humanise(job.status)}</Badge>
        {job.origin === "own" && <Badge tone="green">Own opening</Badge>}
        <div className="ml-auto flex gap-2">
          {can(user.role, "applications:manage") && (
            <Link href={`/jobs/${job.id}/pipeline`} className={buttonClass("secondary")}>
              Pipeline
            </Link>
          )}
          {editable && (
            <>
              <Link href={`/jobs/${job.id}/edit`} className={buttonClass("secondary")}>
                Edit
              </Link>
              {job.status !== "closed" && <CloseJobButton id={job.id} title={job.title} />}
            </>
          )}
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="p-6 lg:col-span-2">
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Description</h2>
          <p className="whitespace-pre-line text-sm leading-6 text-slate-700">{job.description || "No description."}</p>
          {job.skillRequirements.length > 0 ? (
            <ul className="mt-6 flex flex-wrap gap-2" aria-label="Skills required">
              {job.skillRequirements.map((s) => (
                <li key={s.name}>
                  <Badge tone={s.required ? "blue" : "slate"}>{`${s.name} · ${s.level}${s.required ? "" : " · nice to have"}`}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            job.skills.length > 0 && (
              <div className="mt-6 flex flex-wrap gap-2">
                {job.skills.map((s) => (
                  <Badge key={s}>{s}</Badge>
                ))}
              </div>
            )
          )}
          {job.experienceYearsMin !== null && <p className="mt-4 text-sm text-slate-600">At least {job.experienceYearsMin} years of experience.</p>}
        </Card>
        <JobFactsCard job={job} />
        <JobSourcesCard sources={sources} />
      </div>
      <section id="matches" className="mt-6">
        <JobCandidates jobId={job.id} />
      </section>
    </>
  );
}
