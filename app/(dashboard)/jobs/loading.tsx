import { Skeleton } from "@/components/ui/card";

export default function LoadingJobs() {
  return (
    <div aria-busy="true" aria-label="Loading jobs">
      <Skeleton className="mb-2 h-7 w-32" />
      <Skeleton className="mb-6 h-4 w-72" />
      <Skeleton className="mb-4 h-10 w-full" />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="mb-2 h-12 w-full" />
      ))}
    </div>
  );
}
