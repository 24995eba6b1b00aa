import { Skeleton } from "@/components/ui/card";

export default function MetricsLoading() {
  return (
    <div aria-busy="true" aria-label="Loading metrics" className="grid gap-6 xl:grid-cols-2">
      <Skeleton className="h-10 xl:col-span-2" />
      <Skeleton className="h-80" />
      <Skeleton className="h-80" />
      <Skeleton className="h-80" />
      <Skeleton className="h-80" />
    </div>
  );
}
