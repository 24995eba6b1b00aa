import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingCandidates() {
  return <PageSkeleton rows={8} rowClassName="h-14" />;
}
