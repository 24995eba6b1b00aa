import type { Metadata } from "next";
import { Suspense } from "react";
import { CompanyInsight } from "@/components/recommendations/company-insight";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JobFactsCard } from "@/components/jobs/job-facts-card";
import { SaveJobButton } from "@/components/tracker/save-job-button";
import { Badge, Card, Notice } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";
import { getJob } from "@/lib/jobs/queries";
import { ownApplicationsForJobs, ownApplicationToRepost } from "@/lib/tracker/queries";
import { repostWarning } from "@/lib/tracker/repost-warning";

export const metadata: Metadata = { title: "Job" };

export default async function PortalJobPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("portal:use");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const [job, tracked, repost] = await Promise.all([forPage(getJob(db, id)), ownApplicationsForJobs(db, user, [id]), ownApplicationToRepost(db, user, id)]);
  const own = tracked.get(id) ?? null;
  const warning = repost && !own ? repostWarning(repost) : null;
  return (
    <>
      <Link href="/portal/jobs" className="text-sm text-brand-700 hover:underline">
        ← Find jobs
      </Link>
      <div className="mt-3 mb-6 flex flex-wrap items-center gap-2">
        <h1 className="text-2xl font-semibold tracking-tight">{job.title}</h1>
        {job.remote && <Badge tone="green">Remote</Badge>}
        {job.status !== "open" && <Badge tone="red">Closed</Badge>}
        <div className="ml-auto">
          <SaveJobButton jobId={job.id} jobTitle={job.title} initial={own} repostWarning={warning} />
        </div>
      </div>
      {warning && repost && (
        <Notice>
          {warning}{" "}
          <Link href={`/portal/applications/${repost.applicationId}`} className="font-medium underline">
            Open that application
          </Link>
        </Notice>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="p-6 lg:col-span-2">
          <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">Description</h2>
          <p className="whitespace-pre-line text-sm leading-6 text-slate-700">{job.description || "No description."}</p>
          {job.skills.length > 0 && (
            <ul className="mt-6 flex flex-wrap gap-2" aria-label="Skills">
              {job.skills.map((s) => (
                <li key={s}>
                  <Badge>{s}</Badge>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <div className="space-y-6">
          <JobFactsCard job={job} />
          {/* What the catalogue knows of the company, once the seeker has saved or applied to the job. */}
          {own && job.companyId && (
            <Suspense fallback={<p className="text-sm text-slate-500">Loading what we know of the company…</p>}>
              <CompanyInsight companyId={job.companyId} />
            </Suspense>
          )}
        </div>
      </div>
    </>
  );
}
