"use client";

import { useRouter } from "next/navigation";
import { Button } from "./button";

/** The end of an edit form: the API's message, then Save (busy while pending) and Cancel (back). */
export function FormActions({ message, pending, submitLabel }: { message: string | null | undefined; pending: boolean; submitLabel: string }) {
  const router = useRouter();
  return (
    <>
      {message && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2">
          {message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        <Button type="button" variant="ghost" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </>
  );
}
