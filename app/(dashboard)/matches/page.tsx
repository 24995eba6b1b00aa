import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Matches" };

export default async function MatchesPage() {
  await requirePageRight("candidates:read");
  return (
    <>
      <PageHeader title="Matches" description="Candidates scored against jobs, with the reasons for each score." />
      <EmptyState title="No matches computed yet">Matching is not built yet: this page lists scored candidate–job pairs once the matching engine lands.</EmptyState>
    </>
  );
}
