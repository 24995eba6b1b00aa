"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { sendJson } from "@/components/candidates/api";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";

/** The application's free notes, saved with PATCH; the contacts are left as they are. */
export function NotesEditor({ applicationId, notes }: { applicationId: string; notes: string | null }) {
  const router = useRouter();
  const [value, setValue] = useState(notes ?? "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const dirty = value !== (notes ?? "");
  return (
    <form
      aria-label="Notes"
      className="space-y-2"
      onSubmit={async (e) => {
        e.preventDefault();
        setPending(true);
        setMessage(null);
        try {
          await sendJson(`/api/v1/applications/${applicationId}`, "PATCH", { notes: value });
          setMessage({ tone: "ok", text: "Notes saved." });
          router.refresh();
        } catch (err) {
          setMessage({ tone: "error", text: err instanceof Error ? err.message : "The notes were not saved." });
        } finally {
          setPending(false);
        }
      }}
    >
      <label className="sr-only" htmlFor={`notes-${applicationId}`}>
        Notes
      </label>
      <textarea id={`notes-${applicationId}`} className={inputClass} rows={4} maxLength={10_000} value={value} onChange={(e) => setValue(e.target.value)} placeholder="No notes yet." />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={!dirty || pending}>
          {pending ? "Saving…" : "Save notes"}
        </Button>
        {message && (
          <span role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
