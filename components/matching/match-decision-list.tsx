"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import type { MatchView } from "@/lib/matching/serialize";
import { MatchCard } from "./match-card";

type Decision = "shortlist" | "dismiss";
const statusOf = { shortlist: "shortlisted", dismiss: "dismissed" } as const;

async function decide(id: string, decision: Decision) {
  const res = await fetch(`/api/v1/matches/${id}/${decision}`, { method: "POST" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `Could not ${decision} (HTTP ${res.status})`);
  }
}

/**
 * Matches with shortlist / dismiss buttons. The change shows at once (optimistic) and is rolled
 * back with a message if the server refuses; `hideDecided` drops decided ones (the new-matches list).
 */
export function MatchDecisionList({ initial, side, hideDecided = false, empty }: { initial: MatchView[]; side: "job" | "candidate" | "both"; hideDecided?: boolean; empty: string }) {
  const [items, setItems] = useState(initial);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) => decide(id, decision),
    onMutate: ({ id, decision }) => {
      const before = items;
      setError(null);
      setItems((list) => (hideDecided ? list.filter((m) => m.id !== id) : list.map((m) => (m.id === id ? { ...m, status: statusOf[decision] } : m))));
      return { before };
    },
    onError: (err, _vars, context) => {
      if (context) setItems(context.before);
      setError(err instanceof Error ? err.message : "Something went wrong");
    },
  });
  const act = (id: string, decision: Decision) => {
    setConfirming(null);
    mutation.mutate({ id, decision });
  };
  if (items.length === 0) return <EmptyState title={empty} />;
  return (
    <div className="space-y-3">
      {error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {items.map((m) => (
        <MatchCard key={m.id} match={m} side={side}>
          {m.status !== "shortlisted" && (
            <Button type="button" onClick={() => act(m.id, "shortlist")}>
              Shortlist
            </Button>
          )}
          {m.status !== "dismissed" &&
            (confirming === m.id ? (
              <span className="inline-flex items-center gap-2 text-sm text-slate-600">
                Dismiss this match?
                <Button type="button" variant="danger" onClick={() => act(m.id, "dismiss")} autoFocus>
                  Yes, dismiss
                </Button>
                <Button type="button" variant="ghost" onClick={() => setConfirming(null)}>
                  Cancel
                </Button>
              </span>
            ) : (
              <Button type="button" variant="secondary" onClick={() => setConfirming(m.id)}>
                Dismiss
              </Button>
            ))}
        </MatchCard>
      ))}
    </div>
  );
}
