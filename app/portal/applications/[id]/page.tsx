import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApplicationFollowUps } from "@/components/follow-ups/application-follow-ups";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { formatDate } from "@/components/jobs/format";
import { ApplicationTimeline } from "@/components/tracker/application-timeline";
import { ContactsEditor } from "@/components/tracker/contacts-editor";
import { LiveRefresh } from "@/components/tracker/live-refresh";
import { NotesEditor } from "@/components/tracker/notes-editor";
import { StageControls } from "@/components/tracker/stage-controls";
import { Badge, Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { getApplication } from "@/lib/applications/get";
import { isOpenStage, stageLabels } from "@/lib/applications/stages";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { seekerTargets } from "@/lib/tracker/seeker-targets";

export const metadata: Metadata = { title: "My application" };

function Section({ title, children, className = "" }: { title: string; children: React.ReactNode; className?: string }) {
  return (
    <Card className={`p-5 ${className}`}>
      <h2 className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</h2>
      {children}
    </Card>
  );
}

/** One of the seeker's applications: stage and its moves, timeline, notes, contacts, interviews, follow-ups; anyone else's is a 404. */
export default async function PortalApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("portal:use");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const application = await forPage(getApplication(await getDb(), user, id));
  const { application: row } = application;
  const title = application.jobTitle ?? row.externalJob?.title ?? "Untitled job";
  const company = application.companyName ?? row.externalJob?.company ?? null;
  const externalUrl = safeHttpUrl(row.externalJob?.url);
  return (
    <>
      <LiveRefresh applicationId={row.id} />
      <Link href="/portal" className="text-sm text-brand-700 hover:underline">
        ← My job search
      </Link>
      <header className="mt-3 mb-6 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {[company, row.externalJob?.location].filter(Boolean).join(" · ") || "Company not given"}
            {row.jobId && (
              <>
                {" · "}
                <Link href={`/portal/jobs/${row.jobId}`} className="text-brand-700 hover:underline">
                  Job details
                </Link>
              </>
            )}
            {externalUrl && (
              <>
                {" · "}
                <a href={externalUrl} target="_blank" rel="noreferrer noopener" className="text-brand-700 hover:underline">
                  Job ad ↗
                </a>
              </>
            )}
          </p>
        </div>
        <div className="text-right">
          <p className="flex items-center justify-end gap-2" data-testid="application-stage">
            <Badge tone={isOpenStage(row.stage) ? "blue" : row.stage === "hired" ? "green" : "slate"}>{stageLabels[row.stage]}</Badge>
            {row.staleSince && <Badge tone="amber">No news for a while</Badge>}
          </p>
          <p className="mt-1 text-xs text-slate-500">
            {application.timeInStageDays === 0 ? "Since today" : `For ${application.timeInStageDays} ${application.timeInStageDays === 1 ? "day" : "days"}`} · added {formatDate(row.createdAt)}
          </p>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title="Stage">
            <StageControls applicationId={row.id} targets={seekerTargets({ job_id: row.jobId }, row.stage)} />
          </Section>
          <Card className="p-5">
            <ApplicationFollowUps applicationId={row.id} live={["me"]} />
          </Card>
          <ApplicationInterviews applicationId={row.id} canManage={false} />
          <Section title="Notes">
            <NotesEditor applicationId={row.id} initial={row.notes} />
          </Section>
          <Section title="Contacts">
            <ContactsEditor applicationId={row.id} initial={row.contacts} />
          </Section>
          {row.externalJob?.description && (
            <Section title="Job description">
              <p className="whitespace-pre-line text-sm leading-6 text-slate-700">{row.externalJob.description}</p>
            </Section>
          )}
        </div>
        <Section title="Timeline" className="h-fit">
          <ApplicationTimeline history={application.history} />
        </Section>
      </div>
    </>
  );
}
