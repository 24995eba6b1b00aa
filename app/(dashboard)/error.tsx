"use client";

import { Button } from "@/components/ui/button";

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-xl border border-red-200 bg-white p-8 text-center">
      <p className="text-base font-medium text-slate-900">This page could not be loaded.</p>
      <p className="mt-2 text-sm text-slate-500">The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Try again in a moment.</p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
