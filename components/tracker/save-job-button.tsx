"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { stageLabels, type ApplicationStage } from "@/lib/applications/stages";
import { ApiError, callApi, existingApplicationId, trackerKey } from "./api";

type Tracked = { id: string; stage: ApplicationStage };
type Props = {
  jobId: string;
  jobTitle: string;
  /** The seeker's application to this job, when there is one. */
  initial?: Tracked | null;
  /** Known before clicking: the seeker already has this job, reposted by another source ("You applied … on 3 Nov via JSearch."). */
  repostWarning?: string | null;
  compact?: boolean;
};

/**
 * A seeker's Save / Mark applied control for a catalogue job. A repost of a job they already
 * track asks "Save anyway?" first (and so does the server's 409 if the page did not know).
 */
export function SaveJobButton({ jobId, jobTitle, initial = null, repostWarning = null, compact = false }: Props) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: trackerKey });
    router.refresh();
  };
  const [tracked, setTracked] = useState<Tracked | null>(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);

  const create = async (stage: "saved" | "applied", allowRepost: boolean) => {
    setPending(true);
    setError(null);
    try {
      const { id } = await callApi<{ id: string }>("/api/v1/applications", "POST", { job_id: jobId, stage, ...(allowRepost ? { allow_repost: true } : {}) });
      setTracked({ id, stage });
      setWarning(null);
      changed();
    } catch (err) {
      if (err instanceof ApiError && err.code === "application_reposted_job") setWarning(err.message);
      else if (err instanceof ApiError && err.code === "application_exists" && existingApplicationId(err)) router.refresh();
      else setError(err instanceof Error ? err.message : "Could not save the job.");
    } finally {
      setPending(false);
    }
  };
  const save = () => (repostWarning && !warning ? setWarning(`${repostWarning} Save it anyway?`) : create("saved", false));

  const markApplied = async () => {
    if (!tracked) return;
    setPending(true);
    setError(null);
    try {
      await callApi(`/api/v1/applications/${tracked.id}/status`, "POST", { status: "applied" });
      setTracked({ ...tracked, stage: "applied" });
      changed();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not mark it applied.");
    } finally {
      setPending(false);
    }
  };

  return (
    <div className={`flex flex-wrap items-center gap-2 ${compact ? "justify-end" : ""}`}>
      {tracked ? (
        <>
          <Badge tone={tracked.stage === "saved" ? "blue" : "green"}>{stageLabels[tracked.stage]}</Badge>
          {tracked.stage === "saved" && (
            <Button type="button" variant="secondary" onClick={markApplied} disabled={pending} aria-label={`Mark ${jobTitle} applied`}>
              {pending ? "Saving…" : "Mark applied"}
            </Button>
          )}
          <Link href={`/portal/applications/${tracked.id}`} className="text-sm font-medium text-brand-700 hover:underline">
            {tracked.stage === "applied" && !compact ? "See follow-ups planned →" : "Open →"}
          </Link>
        </>
      ) : (
        <Button type="button" onClick={save} disabled={pending} aria-label={`Save ${jobTitle}`}>
          {pending ? "Saving…" : "Save"}
        </Button>
      )}
      {error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
      <ConfirmDialog open={warning !== null} title="Already in your tracker" confirmLabel="Save anyway" pending={pending} onConfirm={() => create("saved", true)} onCancel={() => setWarning(null)}>
        {warning}
      </ConfirmDialog>
    </div>
  );
}
