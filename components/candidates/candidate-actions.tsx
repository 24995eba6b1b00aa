"use client";

import { useRouter } from "next/navigation";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { sendJson } from "./api";

/** Delete a profile after a confirm dialog, then back to the list. */
export function DeleteCandidateButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      title={`Delete ${name}?`}
      confirmLabel="Yes, delete"
      onConfirm={async () => {
        await sendJson(`/api/v1/candidates/${id}`, "DELETE");
        router.push("/candidates");
        router.refresh();
      }}
    >
      The profile, its resumes and its matches are removed for good.
    </ConfirmButton>
  );
}

/** Merge a flagged profile into this one, or dismiss the flag. */
export function DuplicateActions({ id, otherId, otherName }: { id: string; otherId: string; otherName: string }) {
  const router = useRouter();
  return (
    <div className="flex gap-2">
      <ConfirmButton
        label="Merge"
        variant="primary"
        title={`Merge ${otherName} into this profile?`}
        confirmLabel="Merge"
        onConfirm={async () => {
          await sendJson(`/api/v1/candidates/${id}/merge`, "POST", { duplicate_id: otherId });
          router.refresh();
        }}
      >
        This profile keeps every source link, resume and placement of the other, and the fuller value of each field. The other profile is deleted.
      </ConfirmButton>
      <ConfirmButton
        label="Not a duplicate"
        variant="secondary"
        title="Dismiss this flag?"
        confirmLabel="Dismiss"
        onConfirm={async () => {
          await sendJson(`/api/v1/candidates/${id}/duplicates/${otherId}/dismiss`, "POST");
          router.refresh();
        }}
      >
        {otherName} will no longer be flagged as a possible duplicate of this profile.
      </ConfirmButton>
    </div>
  );
}
