"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRef, useState, type KeyboardEvent } from "react";
import { formatSalary } from "@/components/jobs/format";
import { Button } from "@/components/ui/button";
import { Badge, Card, EmptyState, Notice, Skeleton } from "@/components/ui/card";
import type { RecommendationsResponse, RecommendationView } from "@/lib/recommendations/serialize";
import type { Algorithm } from "@/lib/recommendations/types";
import { CompanyInsightLoader } from "./company-insight-loader";

const tabs: { algorithm: Algorithm; label: string; description: string }[] = [
  { algorithm: "hybrid", label: "Best for you", description: "Your profile and what similar seekers go for, learning from what you save and dismiss." },
  { algorithm: "content", label: "Fits your profile", description: "Open jobs scored against your skills, experience, salary and location." },
  { algorithm: "collaborative", label: "Seekers like you", description: "Jobs that seekers who saved and applied to the same jobs as you went for." },
];

type ApiFailure = Error & { code?: string; details?: { existing_application_id?: string } | null };

async function api<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  const res = await fetch(path, { method, headers: body ? { "content-type": "application/json" } : undefined, body: body ? JSON.stringify(body) : undefined });
  const json = (await res.json().catch(() => null)) as (T & { error?: { code?: string; message?: string; details?: ApiFailure["details"] } }) | null;
  if (!res.ok) throw Object.assign(new Error(json?.error?.message ?? `The request failed (HTTP ${res.status})`), { code: json?.error?.code, details: json?.error?.details });
  return json as T;
}

const listKey = (algorithm: Algorithm) => ["recommendations", algorithm] as const;

/** "Recommended for you": tabs per algorithm, reasons per job, Save and Dismiss (with undo). */
export function RecommendationsBrowser() {
  const [algorithm, setAlgorithm] = useState<Algorithm>("hybrid");
  const [dismissed, setDismissed] = useState<RecommendationView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: listKey(algorithm), queryFn: () => api<RecommendationsResponse>(`/api/v1/recommendations?algorithm=${algorithm}&limit=20`) });

  const dismiss = useMutation({
    mutationFn: (r: RecommendationView) => api("/api/v1/recommendations/dismiss", "POST", { job_id: r.job.id }),
    onMutate: (r) => {
      setError(null);
      setDismissed(r);
      queryClient.setQueryData<RecommendationsResponse>(listKey(algorithm), (old) => old && { ...old, data: old.data.filter((x) => x.job.id !== r.job.id) });
    },
    onError: (err) => {
      setDismissed(null);
      setError(err.message);
      void queryClient.invalidateQueries({ queryKey: ["recommendations"] });
    },
    // Every list changes: the job is gone and jobs like it sink.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["recommendations"] }),
  });
  const undo = useMutation({
    mutationFn: (r: RecommendationView) => api(`/api/v1/recommendations/dismiss?job_id=${r.job.id}`, "DELETE"),
    onSuccess: () => setDismissed(null),
    onError: (err) => setError(err.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["recommendations"] }),
  });

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const to = event.key === "Home" ? 0 : event.key === "End" ? tabs.length - 1 : step ? (index + step + tabs.length) % tabs.length : -1;
    if (to < 0) return;
    event.preventDefault();
    setAlgorithm(tabs[to].algorithm);
    tabRefs.current[to]?.focus();
  };
  const active = tabs.find((t) => t.algorithm === algorithm)!;

  return (
    <div>
      <div role="tablist" aria-label="How to recommend" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((t, i) => (
          <button
            key={t.algorithm}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            role="tab"
            id={`tab-${t.algorithm}`}
            aria-selected={t.algorithm === algorithm}
            aria-controls="recommendations-panel"
            tabIndex={t.algorithm === algorithm ? 0 : -1}
            onClick={() => setAlgorithm(t.algorithm)}
            onKeyDown={(e) => onTabKey(e, i)}
            className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${t.algorithm === algorithm ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="recommendations-panel" aria-labelledby={`tab-${algorithm}`}>
        <p className="mb-4 text-sm text-slate-500">{active.description}</p>
        <div aria-live="polite">
          {dismissed && (
            <Notice tone="green">
              <span className="flex flex-wrap items-center gap-3">
                Dismissed {dismissed.job.title}: it will not come back, and jobs like it move down.
                <Button type="button" variant="secondary" onClick={() => undo.mutate(dismissed)} disabled={undo.isPending}>
                  {undo.isPending ? "Undoing…" : "Undo"}
                </Button>
              </span>
            </Notice>
          )}
          {error && <Notice tone="red">{error}</Notice>}
        </div>
        {list.isPending ? (
          <div className="space-y-3" aria-label="Loading recommendations">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-28 w-full" />
            ))}
          </div>
        ) : list.isError ? (
          <Notice tone="red">{list.error.message}</Notice>
        ) : (
          <>
            {list.data.message && list.data.data.length > 0 && <Notice tone="amber">{list.data.message}</Notice>}
            {list.data.data.length === 0 ? (
              <EmptyState title="No recommendations here yet">
                <p>{list.data.message ?? "Nothing new to recommend right now."}</p>
                <p className="mt-2">
                  <Link href="/portal/profile" className="font-medium text-brand-700 hover:underline">
                    Complete your profile
                  </Link>{" "}
                  with skills, experience and where you want to work to get better matches.
                </p>
              </EmptyState>
            ) : (
              <ol className="space-y-3">
                {list.data.data.map((r) => (
                  <li key={r.job.id}>
                    <RecommendationCard recommendation={r} onDismiss={() => dismiss.mutate(r)} />
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </div>
    </div>
  );
}

const sourceLabels = { content: "Profile match", collaborative: "Seekers like you" } as const;

function RecommendationCard({ recommendation: r, onDismiss }: { recommendation: RecommendationView; onDismiss: () => void }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(null);
  const [repost, setRepost] = useState<string | null>(null);
  const [showCompany, setShowCompany] = useState(false);
  const save = useMutation({
    mutationFn: (allowRepost: boolean) => api<{ id: string }>("/api/v1/applications", "POST", { job_id: r.job.id, stage: "saved", ...(allowRepost ? { allow_repost: true } : {}) }),
    onSuccess: ({ id }) => {
      setSaved(id);
      setRepost(null);
      setShowCompany(true);
      // The other tabs drop the saved job; this one keeps it on screen with its company insight.
      void queryClient.invalidateQueries({ queryKey: ["recommendations"], refetchType: "none" });
    },
    onError: (err: ApiFailure) => {
      if (err.code === "application_reposted_job") setRepost(err.message);
      else if (err.code === "application_exists" && err.details?.existing_application_id) setSaved(err.details.existing_application_id);
    },
  });
  const salary = formatSalary(r.job.salary_min, r.job.salary_max, r.job.salary_currency);
  return (
    <Card className="p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-medium text-slate-900">
            <Link href={`/portal/jobs/${r.job.id}`} className="hover:underline">
              {r.job.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-500">
            {[r.job.company?.name, r.job.location ?? (r.job.remote ? "Remote" : "Location not stated"), salary].filter(Boolean).join(" · ")}
          </p>
        </div>
        <div className="flex gap-1">
          {r.sources.map((s) => (
            <Badge key={s} tone={s === "content" ? "blue" : "green"}>
              {sourceLabels[s]}
            </Badge>
          ))}
        </div>
      </div>
      <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700" aria-label="Why this job">
        {r.reasons.map((why) => (
          <li key={why}>{why}</li>
        ))}
      </ul>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        {saved ? (
          <>
            <Badge tone="blue">Saved</Badge>
            <Link href={`/portal/applications/${saved}`} className="text-sm font-medium text-brand-700 hover:underline">
              Open in my tracker →
            </Link>
          </>
        ) : repost ? (
          <span className="inline-flex flex-wrap items-center gap-2 text-sm text-slate-700" role="alert">
            {repost} Save it anyway?
            <Button type="button" onClick={() => save.mutate(true)} disabled={save.isPending} autoFocus>
              Save anyway
            </Button>
            <Button type="button" variant="ghost" onClick={() => setRepost(null)}>
              Cancel
            </Button>
          </span>
        ) : (
          <Button type="button" onClick={() => save.mutate(false)} disabled={save.isPending} aria-label={`Save ${r.job.title}`}>
            {save.isPending ? "Saving…" : "Save"}
          </Button>
        )}
        {!saved && (
          <Button type="button" variant="secondary" onClick={onDismiss} aria-label={`Dismiss ${r.job.title}`}>
            Dismiss
          </Button>
        )}
        {r.job.company && (
          <Button type="button" variant="ghost" aria-expanded={showCompany} onClick={() => setShowCompany((v) => !v)}>
            {showCompany ? "Hide" : "About"} {r.job.company.name}
          </Button>
        )}
      </div>
      {save.isError && !repost && !saved && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {save.error.message}
        </p>
      )}
      {showCompany && r.job.company && <CompanyInsightLoader companyId={r.job.company.id} className="mt-3" />}
    </Card>
  );
}
