"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLiveInvalidate, type LiveTopic } from "@/components/realtime/use-live-events";
import { EmptyState, Skeleton } from "@/components/ui/card";
import { fetchFollowUps, followUpsKey } from "./api";
import { FollowUpItem } from "./follow-up-item";

/**
 * The follow-ups of one application (sequence steps, thank-you notes), soonest first, each with
 * edit / skip / complete. Cancelled ones are hidden: the application moved on without them.
 */
export function ApplicationFollowUps({ applicationId, live = ["pipeline"] }: { applicationId: string; /** `["me"]` on a seeker's page. */ live?: LiveTopic[] }) {
  const queryClient = useQueryClient();
  const key = [...followUpsKey, "application", applicationId];
  const query = useQuery({ queryKey: key, queryFn: () => fetchFollowUps({ application_id: applicationId, status: "planned,due,done,skipped", limit: 50 }) });
  // A move (which cancels or plans), the due check or a colleague's edit shows without a reload.
  useLiveInvalidate(live, [key]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: followUpsKey });

  return (
    <section aria-labelledby="application-follow-ups-title" className="space-y-3">
      <h2 id="application-follow-ups-title" className="text-base font-semibold text-slate-900">
        Follow-ups
      </h2>
      {query.isPending ? (
        <div aria-busy="true" aria-label="Loading follow-ups" className="space-y-2">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-red-700">
          {query.error.message}
        </p>
      ) : query.data.data.length === 0 ? (
        <EmptyState title="No follow-ups">Marking the application applied plans a check-in at day 3, 7 and 14.</EmptyState>
      ) : (
        <div className="space-y-3">
          {query.data.data.map((f) => (
            <FollowUpItem key={f.id} followUp={f} onChanged={refresh} />
          ))}
        </div>
      )}
    </section>
  );
}
