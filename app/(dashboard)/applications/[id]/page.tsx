import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ApplicationHistory } from "@/components/applications/application-history";
import { MoveControl } from "@/components/applications/move-control";
import { NotesEditor } from "@/components/applications/notes-editor";
import { PlacementDetails } from "@/components/applications/placement-card";
import { ApplicationFollowUps } from "@/components/follow-ups/application-follow-ups";
import { StaleNotice } from "@/components/follow-ups/stale-notice";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { SectionTitle } from "@/components/candidates/candidate-profile";
import { formatDate } from "@/components/jobs/format";
import { Badge, Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { getApplication } from "@/lib/applications/get";
import { applicationForApi } from "@/lib/applications/serialize";
import { noteRequired, stageLabels, type ApplicationStage } from "@/lib/applications/stages";
import { requirePageRight } from "@/server/session";
import { forPage } from "@/server/page";

export const metadata: Metadata = { title: "Application" };

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageRight("applications:manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const detail = await forPage(getApplication(await getDb(), user, id));
  const a = applicationForApi(detail);
  const stage = a.stage as ApplicationStage;
  const options = detail.allowedNextStages.map((s) => ({ stage: s, label: stageLabels[s], needsNote: noteRequired(stage, s) }));
  const perStage = Object.entries(a.days_per_stage) as Array<[ApplicationStage, number]>;

  return (
    <>
      <Link href={a.job_id ? `/pipeline?job_id=${a.job_id}` : "/pipeline"} className="text-sm text-brand-700 hover:underline">
        ← Pipeline
      </Link>
      <div className="mt-3 mb-6 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight">
            <Link href={`/candidates/${a.candidate_id}`} className="hover:underline">
              {a.candidate_name || "Unnamed candidate"}
            </Link>
            <Badge tone={stage === "hired" ? "green" : stage === "rejected" || stage === "withdrawn" ? "red" : "blue"}>{stageLabels[stage]}</Badge>
            {a.stale_since && <Badge tone="amber">No movement since {formatDate(a.stale_since)}</Badge>}
          </h1>
          <p className="text-sm text-slate-600">
            {a.job_id ? (
              <Link href={`/jobs/${a.job_id}`} className="hover:underline">
                {a.job_title}
              </Link>
            ) : (
              (a.job_title ?? "A job found elsewhere")
            )}
            {a.company_name && ` · ${a.company_name}`} · {days(a.time_in_stage_days)} in {stageLabels[stage].toLowerCase()}
          </p>
        </div>
      </div>

      <div className="mb-6 empty:hidden">
        <StaleNotice stage={stage} stageChangedAt={a.stage_changed_at ?? new Date()} staleSince={a.stale_since} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card className="p-6">
            <SectionTitle id="history-title">History</SectionTitle>
            <ApplicationHistory history={a.history} />
          </Card>

          <div id="interviews">
            <ApplicationInterviews applicationId={a.id} />
          </div>

          <section id="follow-ups" aria-label="Follow-ups">
            <ApplicationFollowUps applicationId={a.id} />
          </section>
        </div>

        <div className="space-y-6">
          <Card className="p-6">
            <SectionTitle>Move</SectionTitle>
            <MoveControl applicationId={a.id} stageLabel={stageLabels[stage]} options={options} />
          </Card>

          <Card className="p-6">
            <SectionTitle>Time in stage</SectionTitle>
            {perStage.length === 0 ? (
              <p className="text-sm text-slate-500">No time recorded yet.</p>
            ) : (
              <dl className="space-y-1 text-sm">
                {perStage.map(([s, n]) => (
                  <div key={s} className="flex justify-between gap-3">
                    <dt className="text-slate-600">{stageLabels[s]}</dt>
                    <dd className="font-medium text-slate-900 tabular-nums">{days(n)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </Card>

          {a.placement && (
            <Card className="p-6">
              <SectionTitle>Placement</SectionTitle>
              <PlacementDetails placement={a.placement} />
            </Card>
          )}

          <Card className="p-6">
            <SectionTitle>Notes and contacts</SectionTitle>
            <NotesEditor applicationId={a.id} notes={a.notes} />
            {a.contacts.length > 0 && (
              <ul className="mt-3 space-y-1 text-sm">
                {a.contacts.map((c, i) => (
                  <li key={i}>
                    <span className="font-medium">{c.name}</span>
                    {c.role && ` · ${c.role}`}
                    {c.email && (
                      <>
                        {" · "}
                        <a href={`mailto:${c.email}`} className="text-brand-700 hover:underline">
                          {c.email}
                        </a>
                      </>
                    )}
                    {c.phone && ` · ${c.phone}`}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
