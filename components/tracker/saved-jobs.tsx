"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/card";
import { fetchTrackerStage, trackedJobName, trackerStageKey } from "./api";
import { useTrackerMove } from "./use-tracker-move";

/** The seeker's saved jobs (the board's Saved column, shared cache) with a one-click "Mark applied". */
export function SavedJobs() {
  const query = useQuery({ queryKey: trackerStageKey("saved", 1), queryFn: () => fetchTrackerStage("saved", 1) });
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const move = useTrackerMove({
    onMoved: (m) => setMessage({ tone: "ok", text: `${trackedJobName(m.item)} marked applied: follow-ups are planned.` }),
    onRefused: (m, error) => setMessage({ tone: "error", text: `${trackedJobName(m.item)} was not marked applied: ${error.message}` }),
  });
  if (query.isPending) return <Skeleton className="h-16 w-full" />;
  if (query.isError) return <p role="alert" className="text-sm text-red-700">{query.error.message}</p>;
  const items = query.data.data;
  return (
    <div className="space-y-2">
      {message && (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
          {message.text}
        </p>
      )}
      {items.length === 0 ? (
        <p className="text-sm text-slate-500">
          No saved jobs. <Link href="/portal/jobs" className="font-medium text-brand-700 hover:underline">Find jobs</Link> and press Save on the ones you like.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Saved jobs">
          {items.map((item) => (
            <li key={item.id} className="flex items-center justify-between gap-2 py-2 text-sm">
              <Link href={`/portal/applications/${item.id}`} className="min-w-0 truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
                {trackedJobName(item)}
              </Link>
              <Button type="button" variant="secondary" className="shrink-0" onClick={() => move.mutate({ item, from: "saved", to: "applied", at: new Date() })} aria-label={`Mark ${trackedJobName(item)} applied`}>
                Mark applied
              </Button>
            </li>
          ))}
        </ul>
      )}
      {query.data.total > items.length && <p className="text-xs text-slate-500">And {query.data.total - items.length} more in the Saved column.</p>}
    </div>
  );
}
