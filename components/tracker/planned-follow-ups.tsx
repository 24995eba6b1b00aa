"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDate } from "@/components/jobs/format";
import { useLiveInvalidate } from "@/components/realtime/use-live-events";
import { Badge, Skeleton } from "@/components/ui/card";
import type { FollowUpView } from "@/lib/follow-ups/serialize";
import type { PageResponse } from "@/lib/http/pagination";
import { callApi, trackedJobName } from "./api";

const statusTone = { planned: "blue", due: "amber", done: "green", skipped: "slate", cancelled: "slate" } as const;

/**
 * Follow-ups, read-only and live: one application's (day 3, 7 and 14 after applying, interview
 * thank-yous), or without `applicationId` the seeker's next open ones across applications.
 * Stands in until the follow-ups feature's own editable components are wired here.
 */
export function PlannedFollowUps({ applicationId, limit = 50 }: { applicationId?: string; limit?: number }) {
  const key = ["tracker", "follow-ups", applicationId ?? "upcoming", limit];
  const filter = applicationId ? `application_id=${applicationId}` : "status=planned,due";
  const query = useQuery({ queryKey: key, queryFn: () => callApi<PageResponse<FollowUpView>>(`/api/v1/follow-ups?${filter}&limit=${limit}`) });
  useLiveInvalidate(["me"], [key]);
  if (query.isPending) return <Skeleton className="h-12 w-full" />;
  if (query.isError) return <p role="alert" className="text-sm text-red-700">{query.error.message}</p>;
  const items = [...query.data.data].sort((a, b) => (a.due_at ?? "").localeCompare(b.due_at ?? ""));
  if (items.length === 0) return <p className="text-sm text-slate-500">No follow-ups planned. Marking an application applied plans three: after 3, 7 and 14 days.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Follow-ups">
      {items.map((f) => (
        <li key={f.id} data-testid="follow-up" className="py-2 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">Due {formatDate(f.due_at)}</span>
            <Badge tone={statusTone[f.status as keyof typeof statusTone] ?? "slate"}>{f.status}</Badge>
            {!applicationId && (
              <Link href={`/portal/applications/${f.application_id}`} className="text-brand-700 hover:underline">
                {trackedJobName({ job_title: f.application.job.title, company_name: f.application.job.company })}
              </Link>
            )}
          </p>
          <p className="mt-1 line-clamp-2 whitespace-pre-line text-slate-600">{f.body}</p>
        </li>
      ))}
    </ul>
  );
}
