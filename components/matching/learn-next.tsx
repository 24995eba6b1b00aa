"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { callApi } from "@/components/sync/api";
import type { LearnNext } from "@/lib/matching/learn-next";

/** "What to learn next" for one candidate: mount on /candidates/[id] and on the seeker's portal. */
export function LearnNextCard({ candidateId }: { candidateId: string }) {
  const query = useQuery({
    queryKey: ["learn-next", candidateId],
    queryFn: () => callApi<{ data: LearnNext }>(`/api/v1/candidates/${candidateId}/learn-next`),
    staleTime: 60_000,
  });
  const data = query.data?.data;
  return (
    <Card>
      <section aria-labelledby="learn-next-heading" data-testid="learn-next">
        <div className="border-b border-slate-200 px-5 py-3">
          <h2 id="learn-next-heading" className="text-base font-semibold">
            What to learn next
          </h2>
          {data && (
            <p className="text-xs text-slate-500">
              From {data.near_jobs} open job{data.near_jobs === 1 ? "" : "s"} scoring within {Math.round(data.near_margin * 100)} points of the {Math.round(data.min_score * 100)}% minimum.
            </p>
          )}
        </div>
        {query.isError ? (
          <p role="alert" className="px-5 py-6 text-sm text-red-700">
            {query.error instanceof Error ? query.error.message : "Could not load suggestions."}
          </p>
        ) : !data ? (
          <p className="px-5 py-6 text-sm text-slate-500" aria-busy="true">
            Looking at nearly matched jobs…
          </p>
        ) : data.skills.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-500">
            {data.near_jobs === 0 ? "No open job is just out of reach right now." : "No single skill would lift a nearly matched job over the minimum."}
          </p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {data.skills.map((skill) => (
              <li key={skill.name} className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-3 text-sm">
                <span className="font-medium">{skill.name}</span>
                <span className="text-slate-600">
                  {skill.jobs_unlocked > 0 ? (
                    <>
                      <strong>+{skill.jobs_unlocked}</strong> job{skill.jobs_unlocked === 1 ? "" : "s"} would pass
                    </>
                  ) : (
                    "not enough alone"
                  )}{" "}
                  · asked by {skill.near_jobs_asking}
                </span>
                {skill.examples.length > 0 && (
                  <span className="w-full text-xs text-slate-500">
                    e.g.{" "}
                    {skill.examples.map((job, i) => (
                      <span key={job.id}>
                        {i > 0 && ", "}
                        <Link className="underline hover:text-slate-800 focus-visible:outline-2" href={`/jobs/${job.id}`}>
                          {job.title}
                        </Link>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Card>
  );
}
