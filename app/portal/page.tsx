import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export/export-links";
import { UpcomingFollowUps } from "@/components/follow-ups/upcoming-follow-ups";
import { UpcomingInterviews } from "@/components/interviews/upcoming-interviews";
import { CandidateMatches } from "@/components/matching/candidate-matches";
import { LearnNextCard } from "@/components/matching/learn-next";
import { SavedJobs } from "@/components/tracker/saved-jobs";
import { TrackerBoard } from "@/components/tracker/tracker-board";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Notice, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { ownCandidateId } from "@/lib/matching/queries";

export const metadata: Metadata = { title: "My job search" };

const heading = "mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500";

export default async function PortalPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const user = await requirePageRight("portal:use");
  const { denied } = await searchParams;
  const candidateId = await ownCandidateId(await getDb(), user);
  return (
    <>
      {denied && <Notice>That page is for recruiters. You are signed in as a job seeker.</Notice>}
      <PageHeader
        title={`Hi ${user.name.split(" ")[0]}`}
        description="Track your applications, follow-ups and interviews."
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/portal/jobs" className={buttonClass("primary")}>
              Find jobs
            </Link>
            <Link href="/portal/applications/new" className={buttonClass("secondary")}>
              Add a job found elsewhere
            </Link>
          </div>
        }
      />
      {!candidateId && (
        <Notice>
          Create your profile first: your applications hang off it.{" "}
          <Link href="/portal/profile" className="font-medium underline">
            Fill it in
          </Link>{" "}
          or{" "}
          <Link href="/portal/profile/upload" className="font-medium underline">
            build it from a resume
          </Link>
          .
        </Notice>
      )}
      <section aria-labelledby="applications-heading">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="applications-heading" className={heading}>
            My applications
          </h2>
          {candidateId && <ExportLinks resource="applications" label="my applications" filters={{}} />}
        </div>
        <TrackerBoard />
      </section>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="p-5">
          <section aria-labelledby="saved-heading">
            <h2 id="saved-heading" className={heading}>
              Saved jobs
            </h2>
            <SavedJobs />
          </section>
        </Card>
        <UpcomingInterviews />
        <UpcomingFollowUps />
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <Card className="p-5">
          <h2 className={heading}>Your profile</h2>
          <p className="text-sm text-slate-600">Recruiters see it and jobs are matched to it.</p>
          <div className="mt-3 flex flex-wrap gap-3 text-sm font-medium">
            <Link href="/portal/profile" className="text-brand-700 hover:underline">
              Edit my profile
            </Link>
            <Link href="/portal/profile/upload" className="text-brand-700 hover:underline">
              Build it from a resume
            </Link>
          </div>
        </Card>
        <Card className="p-5">
          <h2 className={heading}>Recommended for you</h2>
          <p className="text-sm text-slate-600">Jobs picked from your profile and from what seekers like you save and apply to.</p>
          <Link href="/portal/recommendations" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            See recommendations
          </Link>
        </Card>
        <Card className="p-5">
          <h2 className={heading}>Save jobs from any site</h2>
          <p className="text-sm text-slate-600">Add the “Save to Hireflow” button to your browser: one click on a job ad fills in the form for you.</p>
          <Link href="/portal/bookmarklet" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Get the bookmarklet
          </Link>
        </Card>
      </div>
      <section aria-label="Matched jobs" className="mt-6">
        {candidateId ? (
          <div className="space-y-6">
            <CandidateMatches candidateId={candidateId} actor={user} readOnly />
            <LearnNextCard candidateId={candidateId} />
          </div>
        ) : (
          <EmptyState title="No matched jobs yet">Create your profile from your resume: jobs that fit you appear here with the reasons why.</EmptyState>
        )}
      </section>
    </>
  );
}
