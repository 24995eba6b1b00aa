import type { Metadata } from "next";
import Link from "next/link";
import { formatSalary } from "@/components/jobs/format";
import { CandidateMatches } from "@/components/matching/candidate-matches";
import { LearnNextCard } from "@/components/matching/learn-next";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/lib/auth/session";
import { jobFiltersSchema } from "@/lib/jobs/filters";
import { listJobs } from "@/lib/jobs/queries";
import { ownCandidateId } from "@/lib/matching/queries";

export const metadata: Metadata = { title: "My job search" };

export default async function PortalPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requirePageRight("portal:use");
  const { denied } = await searchParams;
  const db = await getDb();
  const [latest, candidateId] = await Promise.all([listJobs(db, jobFiltersSchema.parse({ limit: 5 })), ownCandidateId(db, user)]);
  return (
    <>
      {denied && <Notice>That page is for recruiters. You are signed in as a job seeker.</Notice>}
      <PageHeader title={`Hi ${user.name.split(" ")[0]}`} description="Track your applications, follow-ups and interviews." actions={<Link href="/portal/profile/upload" className={buttonClass("secondary")}>Build my profile from a resume</Link>} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="applications">
          <h2 id="applications" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
            My applications
          </h2>
          <EmptyState title="No applications tracked yet">Application tracking (saved → applied → interviewing → offer) arrives with the job seeker features.</EmptyState>
        </section>
        <section aria-labelledby="latest">
          <h2 id="latest" className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">
            Latest jobs
          </h2>
          <Card>
            <ul className="divide-y divide-slate-100">
              {latest.items.map((job) => (
                <li key={job.id} className="px-4 py-3">
                  <p className="font-medium text-slate-900">{job.title}</p>
                  <p className="text-sm text-slate-500">
                    {job.companyName} · {job.locationDisplay ?? "Location not stated"}
                    {formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency) && ` · ${formatSalary(job.salaryMin, job.salaryMax, job.salaryCurrency)}`}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </section>
      </div>
      <section aria-label="Recommended jobs" className="mt-6">
        {candidateId ? (
          <div className="space-y-6">
            <CandidateMatches candidateId={candidateId} actor={user} readOnly />
            <LearnNextCard candidateId={candidateId} />
          </div>
        ) : (
          <EmptyState title="No recommended jobs yet">Create your profile from your resume: jobs that fit you appear here with the reasons why.</EmptyState>
        )}
      </section>
    </>
  );
}
