"use client";

import { useState } from "react";
import { callApi } from "@/components/sync/api";
import { Button, buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { interviewTypeLabels } from "@/lib/interviews/labels";
import { safeHttpUrl } from "@/lib/links/safe-http-url";
import { formatInterviewTime, type InterviewView } from "./api";
import { InterviewDialog } from "./interview-dialog";

type Props = {
  interview: InterviewView;
  /** Recruiters and admins reschedule and cancel; seekers only read and download. */
  canManage: boolean;
  onReschedule?: (interview: InterviewView) => void;
  onChanged?: (message: string) => void;
  /** Shown on the seeker's portal, where the job is the context. */
  showJob?: boolean;
};

/** One interview: when (viewer's zone and the planned zone), where, who, its status, and its actions. */
export function InterviewItem({ interview, canManage, onReschedule, onChanged, showJob = false }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const time = formatInterviewTime(interview);
  const cancelled = interview.status === "cancelled";
  const videoUrl = safeHttpUrl(interview.video_url);

  const cancel = async () => {
    setPending(true);
    setError(null);
    try {
      await callApi(`/api/v1/interviews/${interview.id}`, { method: "DELETE" });
      setConfirming(false);
      onChanged?.("Interview cancelled: calendars that subscribe or re-import the .ics will show it as cancelled.");
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not cancel the interview.");
    } finally {
      setPending(false);
    }
  };

  return (
    <li className="flex flex-wrap items-start justify-between gap-3 px-5 py-4" data-testid="interview-item">
      <div className="min-w-0 space-y-1 text-sm">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className={cancelled ? "line-through decoration-slate-400" : undefined}>
            {interviewTypeLabels[interview.type]} interview{showJob && interview.job.title ? ` · ${interview.job.title}` : ""}
          </span>
          {cancelled ? <Badge tone="red">Cancelled</Badge> : <Badge tone="blue">Scheduled</Badge>}
        </p>
        <p className="text-slate-700">
          <time dateTime={interview.starts_at}>{time.local}</time>
          {time.planned && <span className="text-slate-500"> ({time.planned})</span>}
        </p>
        {showJob && interview.job.company && <p className="text-slate-600">{interview.job.company}</p>}
        {interview.location && <p className="text-slate-600">Where: {interview.location}</p>}
        {videoUrl && (
          <p className="text-slate-600">
            Video:{" "}
            <a href={videoUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline hover:text-brand-800">
              {new URL(videoUrl).host}
            </a>
          </p>
        )}
        {interview.interviewers.length > 0 && <p className="text-slate-600">With: {interview.interviewers.map((i) => i.name || i.email).join(", ")}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <a href={interview.ics_url} download className={buttonClass("secondary")} aria-label={`Download .ics for the ${interviewTypeLabels[interview.type].toLowerCase()} interview on ${time.local}`}>
          Download .ics
        </a>
        {canManage && !cancelled && (
          <>
            <Button type="button" variant="secondary" onClick={() => onReschedule?.(interview)}>
              Reschedule
            </Button>
            <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
              Cancel interview
            </Button>
          </>
        )}
      </div>
      <InterviewDialog open={confirming} title="Cancel this interview?" onClose={() => setConfirming(false)}>
        <p className="text-sm text-slate-600">
          The {interviewTypeLabels[interview.type].toLowerCase()} interview on {time.local} will be marked cancelled, its thank-you follow-up dropped, and subscribed calendars will show it as
          cancelled. This cannot be undone; you can schedule a new one.
        </p>
        {error && (
          <p role="alert" className="mt-3 text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => setConfirming(false)} autoFocus>
            Keep it
          </Button>
          <Button type="button" variant="danger" onClick={cancel} disabled={pending}>
            {pending ? "Cancelling…" : "Cancel interview"}
          </Button>
        </div>
      </InterviewDialog>
    </li>
  );
}
