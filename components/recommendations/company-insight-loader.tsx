"use client";

import { useQuery } from "@tanstack/react-query";
import { Skeleton } from "@/components/ui/card";
import type { CompanyInsightView } from "@/lib/companies/insight";
import { CompanyInsightCard } from "./company-insight-card";

async function fetchInsight(companyId: string): Promise<CompanyInsightView> {
  const res = await fetch(`/api/v1/companies/${companyId}/insight`);
  const body = (await res.json().catch(() => null)) as (CompanyInsightView & { error?: { message?: string } }) | null;
  if (!res.ok || !body) throw new Error(body?.error?.message ?? `Could not load the company (HTTP ${res.status})`);
  return body;
}

/** The company insight card, loaded in the browser (for client lists such as the recommendations). */
export function CompanyInsightLoader({ companyId, className }: { companyId: string; className?: string }) {
  const query = useQuery({ queryKey: ["company-insight", companyId], queryFn: () => fetchInsight(companyId), staleTime: 10 * 60_000 });
  if (query.isPending) return <Skeleton className={`h-40 w-full ${className ?? ""}`} />;
  if (query.isError)
    return (
      <p role="alert" className="text-sm text-red-700">
        {query.error.message}
      </p>
    );
  return <CompanyInsightCard insight={query.data} className={className} />;
}
