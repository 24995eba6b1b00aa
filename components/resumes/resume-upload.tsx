"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, Notice } from "@/components/ui/card";
import { headlineFor, saveCandidate, uploadResume, UploadError, type ParsedFields, type ParseResult } from "./api";
import { ParsedResumeForm } from "./parsed-resume-form";
import { ResumeDropzone } from "./resume-dropzone";

function ErrorNotice({ error }: { error: unknown }) {
  const err = error instanceof UploadError ? error : new UploadError(0, "unknown", "Something went wrong; try again.");
  return (
    <Notice tone="red">
      <p className="font-medium">{headlineFor(err)}</p>
      <p>{err.message}</p>
    </Notice>
  );
}

/**
 * Upload a resume, see what was read beside the text, correct it, and save it as a candidate.
 * `nextPath` is where to go after saving, with `:id` standing for the new candidate's id.
 */
export function ResumeUpload({ nextPath }: { nextPath: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ParseResult | null>(null);
  const [fields, setFields] = useState<ParsedFields | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      setProgress(0);
      return uploadResume(file, setProgress);
    },
    onSuccess: (r) => {
      setResult(r);
      setFields(r.parsed);
    },
  });
  const save = useMutation({
    mutationFn: () => saveCandidate(fields!, result!.resume_id),
    onSuccess: ({ id }) => router.push(nextPath.replace(":id", id)),
  });

  if (!result || !fields) {
    return (
      <div className="space-y-4">
        {upload.isError && <ErrorNotice error={upload.error} />}
        <ResumeDropzone onFile={(f) => upload.mutate(f)} disabled={upload.isPending} />
        {upload.isPending && (
          <div role="status" aria-live="polite" className="space-y-2">
            <p className="text-sm text-slate-600">{progress < 1 ? `Uploading… ${Math.round(progress * 100)}%` : "Reading the resume…"}</p>
            {/* Without a value the bar is indeterminate: parsing has no measurable progress. */}
            <progress className="h-2 w-full" max={1} value={progress < 1 ? progress : undefined} aria-label="Upload progress" />
          </div>
        )}
      </div>
    );
  }

  const canSave = Boolean(fields.first_name?.trim() || fields.last_name?.trim());
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {save.isError && <ErrorNotice error={save.error} />}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-5">
          <h2 className="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">What we read — correct anything wrong</h2>
          <ParsedResumeForm value={fields} onChange={setFields} />
        </Card>
        <Card className="p-5">
          <h2 className="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">Text of the resume</h2>
          <pre tabIndex={0} aria-label="Extracted resume text" className="max-h-[70vh] overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-4 font-sans text-sm text-slate-800">
            {result.text}
          </pre>
        </Card>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={!canSave || save.isPending}>
          {save.isPending ? "Saving…" : "Save candidate"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setResult(null);
            setFields(null);
            save.reset();
            upload.reset();
          }}
        >
          Upload another file
        </Button>
        {!canSave && <p className="text-sm text-slate-500">Enter at least a first or last name.</p>}
      </div>
    </form>
  );
}
