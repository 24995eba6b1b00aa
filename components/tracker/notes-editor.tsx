"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { callApi } from "./api";

/** The seeker's own notes on an application, saved with PATCH /api/v1/applications/{id}. */
export function NotesEditor({ applicationId, initial }: { applicationId: string; initial: string | null }) {
  const router = useRouter();
  const [saved, setSaved] = useState(initial ?? "");
  const [text, setText] = useState(initial ?? "");
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const save = async () => {
    setPending(true);
    setStatus(null);
    try {
      await callApi(`/api/v1/applications/${applicationId}`, "PATCH", { notes: text });
      setSaved(text);
      setStatus({ tone: "ok", text: "Notes saved." });
      router.refresh();
    } catch (err) {
      setStatus({ tone: "error", text: err instanceof Error ? err.message : "Could not save the notes." });
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      className="space-y-2"
    >
      <label htmlFor="application-notes" className="sr-only">
        Notes
      </label>
      <textarea id="application-notes" rows={5} maxLength={10_000} value={text} onChange={(e) => setText(e.target.value)} placeholder="What you know, what you sent, what to ask next…" className={inputClass} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || text === saved}>
          {pending ? "Saving…" : "Save notes"}
        </Button>
        {status && (
          <p role={status.tone === "error" ? "alert" : "status"} className={`text-sm ${status.tone === "error" ? "text-red-700" : "text-emerald-700"}`}>
            {status.text}
          </p>
        )}
      </div>
    </form>
  );
}
