"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLiveInvalidate, type LiveTopic } from "@/components/realtime/use-live-events";
import { Badge, Card, Skeleton } from "@/components/ui/card";
import { fetchFollowUps, followUpsKey } from "./api";
import { dueLabel, kindLabels, statusLabels, statusTones } from "./format";

type Props = {
  /** How many to show. */
  limit?: number;
  /** Where an application's page is: the seeker's portal by default, `/applications` for recruiters. */
  applicationPath?: string;
  title?: string;
  /** Which live changes refresh it: the signed-in user's own by default, `["pipeline"]` for recruiters. */
  live?: LiveTopic[];
};

/**
 * The next follow-ups across the signed-in user's applications (a seeker sees only their own):
 * due ones first, then upcoming, each linking to its application.
 */
export function UpcomingFollowUps({ limit = 5, applicationPath = "/portal/applications", title = "Upcoming follow-ups", live = ["me"] }: Props) {
  const key = [...followUpsKey, "upcoming", limit];
  const query = useQuery({ queryKey: key, queryFn: () => fetchFollowUps({ status: "planned,due", limit }) });
  useLiveInvalidate(live, [key]);
  return (
    <Card className="p-5">
      <h2 className="mb-3 text-base font-semibold text-slate-900">{title}</h2>
      {query.isPending ? (
        <div aria-busy="true" aria-label="Loading follow-ups" className="space-y-2">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {query.error.message}
        </p>
      ) : query.data.data.length === 0 ? (
        <p className="text-sm text-slate-500">Nothing planned. When you mark an application applied, check-ins are planned for day 3, 7 and 14.</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="upcoming-follow-ups">
          {query.data.data.map((f) => (
            <li key={f.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <Link href={`${applicationPath}/${f.application_id}`} className="min-w-0 text-slate-800 hover:underline">
                <span className="font-medium">{kindLabels[f.kind]}</span> · {f.application.job.title ?? "Job"}
                {f.application.job.company ? ` at ${f.application.job.company}` : ""}
                <span className="block text-xs text-slate-500">due {dueLabel(f.due_at)}</span>
              </Link>
              <Badge tone={statusTones[f.status]}>{statusLabels[f.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
      {query.data && query.data.total > query.data.data.length && <p className="mt-2 text-xs text-slate-500">and {query.data.total - query.data.data.length} more</p>}
    </Card>
  );
}
