"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useLiveInvalidate } from "@/components/realtime/use-live-events";
import { callApi } from "@/components/sync/api";
import { Card, Skeleton } from "@/components/ui/card";
import { interviewKeys, type InterviewPage } from "./api";
import { InterviewItem } from "./interview-item";

/**
 * "Upcoming interviews" for the seeker's portal (or anyone's own page): the next scheduled ones
 * the caller may see, live, each with its .ics. Read-only.
 */
export function UpcomingInterviews({ limit = 5 }: { limit?: number }) {
  // The window starts when the card mounts; a refetch after a change keeps it current enough.
  const [from] = useState(() => new Date(Date.now() - 60 * 60_000).toISOString());
  const query = useQuery({
    queryKey: [...interviewKeys.upcoming, limit],
    queryFn: () => callApi<InterviewPage>(`/api/v1/interviews?status=scheduled&from=${encodeURIComponent(from)}&limit=${limit}`),
  });
  useLiveInvalidate(["me"], [interviewKeys.upcoming]);
  const interviews = query.data?.data ?? [];
  return (
    <Card>
      <section aria-labelledby="upcoming-interviews-heading" data-testid="upcoming-interviews">
        <div className="border-b border-slate-200 px-5 py-3">
          <h2 id="upcoming-interviews-heading" className="text-base font-semibold">
            Upcoming interviews
          </h2>
        </div>
        {query.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-700">
            {query.error instanceof Error ? query.error.message : "Could not load your interviews."}
          </p>
        ) : query.isPending ? (
          <div className="space-y-2 px-5 py-6" aria-busy="true" aria-label="Loading interviews">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-1/3" />
          </div>
        ) : interviews.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-500">No interviews coming up. When a recruiter schedules one, it appears here with a calendar file.</p>
        ) : (
          <>
            <ul className="divide-y divide-slate-100">
              {interviews.map((interview) => (
                <InterviewItem key={interview.id} interview={interview} canManage={false} showJob />
              ))}
            </ul>
            {query.data && query.data.total > interviews.length && (
              <p className="border-t border-slate-100 px-5 py-2 text-xs text-slate-500">
                And {query.data.total - interviews.length} more; subscribe to your calendar feed on the Account page to see them all.
              </p>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
