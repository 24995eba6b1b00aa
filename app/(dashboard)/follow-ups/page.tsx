import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { FollowUpList } from "@/components/follow-ups/follow-up-list";
import { FollowUpsLiveRefresh } from "@/components/follow-ups/live-refresh";
import { buttonClass } from "@/components/ui/button";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { stageLabels } from "@/lib/applications/stages";
import { requirePageRight } from "@/server/session";
import { config } from "@/lib/config";
import { listFollowUps } from "@/lib/follow-ups/list";
import { followUpForApi } from "@/lib/follow-ups/serialize";
import { listStaleApplications } from "@/lib/follow-ups/stale";
import { quietFor } from "@/lib/follow-ups/stale-suggestion";

export const metadata: Metadata = { title: "Follow-ups" };

const views = {
  open: { label: "Due and upcoming", status: ["due", "planned"] },
  due: { label: "Due now", status: ["due"] },
  upcoming: { label: "Upcoming", status: ["planned"] },
  closed: { label: "Done or skipped", status: ["done", "skipped"] },
} as const;

const pageQuery = z.object({
  view: z.enum(Object.keys(views) as [keyof typeof views]).catch("open"),
  before: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const fieldClass = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm";

export default async function FollowUpsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageRight("dashboard:use");
  const { view, before, page } = pageQuery.parse(await searchParams);
  const db = await getDb();
  const [result, stale] = await Promise.all([
    listFollowUps(db, user, { status: [...views[view].status], due_before: before ? new Date(`${before}T23:59:59.999Z`) : undefined, page, limit: 20 }),
    listStaleApplications(db, user, { limit: 10 }),
  ]);
  const filtered = view !== "open" || Boolean(before);
  return (
    <>
      <FollowUpsLiveRefresh />
      <PageHeader title="Follow-ups" description="Check-ins planned when candidates apply, thank-you notes after interviews, and applications that have gone quiet." />
      <Card className="mb-6 p-5">
        <h2 className="text-base font-semibold text-slate-900">Quiet applications</h2>
        <p className="mb-3 mt-1 text-sm text-slate-500">Open applications that have not moved for {quietFor(config().STALE_AFTER_DAYS)} or more.</p>
        {stale.items.length === 0 ? (
          <p className="text-sm text-slate-500">Nothing has gone quiet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="stale-applications">
            {stale.items.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-2 text-sm">
                <div>
                  <Link href={`/applications/${a.id}`} className="font-medium text-slate-900 hover:underline">
                    {a.candidateName} · {a.jobTitle ?? "Job"}
                    {a.company ? ` at ${a.company}` : ""}
                  </Link>
                  <p className="text-slate-600">
                    <span className="font-medium text-amber-800">{a.suggestion.headline}:</span> {a.suggestion.nextStep}
                  </p>
                </div>
                <Badge tone="amber">{stageLabels[a.stage]}</Badge>
              </li>
            ))}
          </ul>
        )}
        {stale.total > stale.items.length && <p className="mt-2 text-xs text-slate-500">and {stale.total - stale.items.length} more</p>}
      </Card>
      <form role="search" action="/follow-ups" className="mb-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Show
          <select name="view" defaultValue={view} className={fieldClass}>
            {Object.entries(views).map(([value, v]) => (
              <option key={value} value={value}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-xs font-medium text-slate-600">
          Due on or before
          <input type="date" name="before" defaultValue={before} className={fieldClass} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          Filter
        </button>
        {filtered && (
          <Link href="/follow-ups" className={buttonClass("ghost")}>
            Clear
          </Link>
        )}
      </form>
      {result.items.length === 0 ? (
        <EmptyState title={filtered ? "No follow-ups match" : "No follow-ups due or planned"}>
          {filtered ? "Try another view or a later date." : "When a candidate enters Applied, check-ins are planned for day 3, 7 and 14."}
        </EmptyState>
      ) : (
        <>
          <FollowUpList items={result.items.map(followUpForApi)} />
          <Pagination page={result.page} totalPages={Math.max(1, Math.ceil(result.total / result.limit))} total={result.total} basePath="/follow-ups" query={{ view, before }} />
        </>
      )}
    </>
  );
}
