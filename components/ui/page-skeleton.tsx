import { Skeleton } from "./card";

/** What a signed-in page shows while its data loads. */
export function PageSkeleton({ rows = 5, rowClassName = "h-20" }: { rows?: number; rowClassName?: string }) {
  return (
    <div aria-busy="true" aria-label="Loading">
      <Skeleton className="mb-2 h-7 w-40" />
      <Skeleton className="mb-6 h-4 w-80" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className={`mb-3 w-full ${rowClassName}`} />
      ))}
    </div>
  );
}
