"use client";

import { useRouter } from "next/navigation";
import { useLiveEvents } from "@/components/realtime/use-live-events";

/** Re-renders the server page when one of the user's own changes concerns it (e.g. a recruiter moved this application). */
export function LiveRefresh({ applicationId }: { applicationId?: string }) {
  const router = useRouter();
  useLiveEvents(["me"], (change) => {
    if (!applicationId || change.data.application_id === applicationId) router.refresh();
  });
  return null;
}
