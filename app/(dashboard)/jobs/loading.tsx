import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingJobs() {
  return <PageSkeleton rows={8} rowClassName="h-12" />;
}
