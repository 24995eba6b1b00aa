import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Pipeline" };

export default async function PipelinePage() {
  await requirePageRight("candidates:read");
  return (
    <>
      <PageHeader title="Pipeline" description="Applications by stage, from applied to hired." />
      <EmptyState title="No applications in the pipeline">The ATS board is not built yet: applications will appear here by stage once it lands.</EmptyState>
    </>
  );
}
