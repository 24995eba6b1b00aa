import { PageSkeleton } from "@/components/ui/page-skeleton";

export default function LoadingApplication() {
  return <PageSkeleton rows={4} rowClassName="h-32" />;
}
