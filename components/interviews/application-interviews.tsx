"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLiveInvalidate } from "@/components/realtime/use-live-events";
import { callApi } from "@/components/sync/api";
import { Button } from "@/components/ui/button";
import { Card, Skeleton } from "@/components/ui/card";
import { interviewKeys, type InterviewPage, type InterviewView } from "./api";
import { InterviewDialog } from "./interview-dialog";
import { InterviewForm } from "./interview-form";
import { InterviewItem } from "./interview-item";

/**
 * The interviews of one application, for its page: the list (live), "Schedule interview",
 * reschedule, cancel with a confirmation, and each interview's .ics. Seekers get it read-only.
 */
export function ApplicationInterviews({ applicationId, canManage = true }: { applicationId: string; canManage?: boolean }) {
  const client = useQueryClient();
  const router = useRouter();
  const key = interviewKeys.forApplication(applicationId);
  const query = useQuery({ queryKey: key, queryFn: () => callApi<InterviewPage>(`/api/v1/interviews?application_id=${applicationId}&limit=100`) });
  useLiveInvalidate([canManage ? "pipeline" : "me"], [key]);
  const [editing, setEditing] = useState<"new" | InterviewView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const changed = (message: string) => {
    setEditing(null);
    setNotice(message);
    void client.invalidateQueries({ queryKey: interviewKeys.all });
    // Scheduling may have moved the application to "Interview scheduled": the page around us shows the stage.
    router.refresh();
  };

  const interviews = query.data?.data ?? [];
  return (
    <Card>
      <section aria-labelledby="interviews-heading" data-testid="application-interviews">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 px-5 py-3">
          <h2 id="interviews-heading" className="text-base font-semibold">
            Interviews
          </h2>
          {canManage && (
            <Button type="button" onClick={() => setEditing("new")}>
              Schedule interview
            </Button>
          )}
        </div>
        {notice && (
          <p role="status" className="border-b border-emerald-100 bg-emerald-50 px-5 py-2 text-sm text-emerald-800">
            {notice}
          </p>
        )}
        {query.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-700">
            {query.error instanceof Error ? query.error.message : "Could not load the interviews."}
          </p>
        ) : query.isPending ? (
          <div className="space-y-2 px-5 py-6" aria-busy="true" aria-label="Loading interviews">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-4 w-1/3" />
          </div>
        ) : interviews.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-500">{canManage ? "No interviews yet. Schedule one to move the application on and plan a thank-you note." : "No interviews yet."}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {interviews.map((interview) => (
              <InterviewItem key={interview.id} interview={interview} canManage={canManage} onReschedule={setEditing} onChanged={changed} />
            ))}
          </ul>
        )}
      </section>
      <InterviewDialog open={editing !== null} title={editing === "new" ? "Schedule interview" : "Reschedule interview"} onClose={() => setEditing(null)}>
        <InterviewForm applicationId={applicationId} interview={editing === "new" || editing === null ? undefined : editing} onDone={changed} onCancel={() => setEditing(null)} />
      </InterviewDialog>
    </Card>
  );
}
