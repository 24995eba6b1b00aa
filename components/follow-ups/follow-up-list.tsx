"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FollowUpView } from "@/lib/follow-ups/serialize";
import { FollowUpItem } from "./follow-up-item";

/** Follow-ups across applications, each naming its candidate and job; a change re-reads the page. */
export function FollowUpList({ items, applicationPath = "/applications" }: { items: FollowUpView[]; applicationPath?: string }) {
  const router = useRouter();
  return (
    <div className="space-y-3">
      {items.map((f) => (
        <FollowUpItem
          key={f.id}
          followUp={f}
          onChanged={() => router.refresh()}
          context={
            <Link href={`${applicationPath}/${f.application_id}`} className="text-brand-700 hover:underline">
              {f.application.candidate.full_name} · {f.application.job.title ?? "Job"}
              {f.application.job.company ? ` at ${f.application.job.company}` : ""}
            </Link>
          }
        />
      ))}
    </div>
  );
}
