"use client";

import { useRouter } from "next/navigation";
import { sendJson } from "@/components/candidates/api";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Close an own job after a confirm dialog. */
export function CloseJobButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Close job"
      title={`Close “${title}”?`}
      confirmLabel="Close job"
      onConfirm={async () => {
        await sendJson(`/api/v1/jobs/${id}/close`, "POST");
        router.refresh();
      }}
    >
      It leaves the open jobs and matching. Candidates already shortlisted keep their history.
    </ConfirmButton>
  );
}
