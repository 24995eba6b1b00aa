"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { inputClass } from "@/components/ui/form-field";
import { stageLabels, type ApplicationStage } from "@/lib/applications/stages";
import { callApi, trackerKey } from "./api";

/**
 * The moves open to the seeker on one application: "Mark applied", and the other allowed stages
 * (a job found elsewhere is theirs to move all the way); withdrawing asks first, it is final.
 */
export function StageControls({ applicationId, targets }: { applicationId: string; targets: ApplicationStage[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<ApplicationStage | null>(null);
  const [other, setOther] = useState<ApplicationStage | "">("");

  const move = async (stage: ApplicationStage) => {
    setPending(true);
    setError(null);
    try {
      await callApi(`/api/v1/applications/${applicationId}/status`, "POST", { status: stage });
      setConfirming(null);
      setOther("");
      void queryClient.invalidateQueries({ queryKey: trackerKey });
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not move the application.");
    } finally {
      setPending(false);
    }
  };
  const request = (stage: ApplicationStage) => (stage === "withdrawn" || stage === "rejected" ? setConfirming(stage) : move(stage));
  if (targets.length === 0) return <p className="text-sm text-slate-500">The recruiter moves this application from here; you will see each change on this page.</p>;

  const rest = targets.filter((s) => s !== "applied" && s !== "withdrawn");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        {targets.includes("applied") && (
          <Button type="button" onClick={() => request("applied")} disabled={pending}>
            Mark applied
          </Button>
        )}
        {rest.length > 0 && (
          <form
            className="flex items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (other) request(other);
            }}
          >
            <label htmlFor="move-to" className="sr-only">
              Move to stage
            </label>
            <select id="move-to" value={other} onChange={(e) => setOther(e.target.value as ApplicationStage)} className={`${inputClass} w-48`}>
              <option value="">Move to…</option>
              {rest.map((s) => (
                <option key={s} value={s}>
                  {stageLabels[s]}
                </option>
              ))}
            </select>
            <Button type="submit" variant="secondary" disabled={!other || pending}>
              Move
            </Button>
          </form>
        )}
        {targets.includes("withdrawn") && (
          <Button type="button" variant="danger" onClick={() => request("withdrawn")} disabled={pending}>
            Withdraw
          </Button>
        )}
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <ConfirmDialog open={confirming !== null} title={`Move to ${confirming ? stageLabels[confirming] : ""}?`} confirmLabel={confirming === "withdrawn" ? "Withdraw" : "Move"} pending={pending} onConfirm={() => confirming && move(confirming)} onCancel={() => setConfirming(null)}>
        {confirming === "withdrawn" ? "Withdrawing is final: the application cannot move again." : "It leaves your open applications; reopening it later needs a note."}
      </ConfirmDialog>
    </div>
  );
}
