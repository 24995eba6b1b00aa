import { Skeleton } from "@/components/ui/card";

export default function LoadingPortalPage() {
  return (
    <div aria-busy="true" aria-label="Loading">
      <Skeleton className="mb-2 h-7 w-40" />
      <Skeleton className="mb-6 h-4 w-80" />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="mb-3 h-20 w-full" />
      ))}
    </div>
  );
}
