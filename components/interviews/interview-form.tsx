"use client";

import { useState, type FormEvent } from "react";
import { FormError, sendJson } from "@/components/candidates/api";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/form-field";
import { interviewTypeLabels, interviewTypeOptions } from "@/lib/interviews/labels";
import { toLocalDateTimeInput } from "@/lib/interviews/zoned-time";
import type { InterviewView } from "./api";

function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function allZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set(["UTC", current, ...zones])];
}

/** Tomorrow at 10:00 in the zone, as the form's first suggestion. */
function defaultStart(zone: string): string {
  return `${toLocalDateTimeInput(new Date(Date.now() + 86_400_000), zone).slice(0, 10)}T10:00`;
}

type Props = {
  applicationId: string;
  /** Set to reschedule this interview (PATCH); absent to schedule a new one (POST). */
  interview?: InterviewView;
  onDone: (message: string) => void;
  onCancel: () => void;
};

/** Schedule or reschedule: wall time in a chosen zone (the browser's by default), duration, place, interviewers by e-mail. */
export function InterviewForm({ applicationId, interview, onDone, onCancel }: Props) {
  const [zone, setZone] = useState(() => interview?.time_zone ?? browserZone());
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const zones = allZones(zone);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const interviewers = text("interviewers")
      .split(/[,;\s]+/)
      .filter(Boolean)
      .map((email) => {
        // People already on the interview keep their account link and name.
        const known = interview?.interviewers.find((i) => i.email === email.toLowerCase());
        return known?.user_id ? { user_id: known.user_id } : { email, name: known?.name ?? null };
      });
    const body = {
      type: text("type"),
      starts_at: text("starts_at"),
      duration_minutes: Number(text("duration_minutes")),
      time_zone: zone,
      location: text("location") || null,
      video_url: text("video_url") || null,
      interviewers,
    };
    setPending(true);
    setMessage(null);
    setFields({});
    try {
      if (interview) await sendJson(`/api/v1/interviews/${interview.id}`, "PATCH", body);
      else await sendJson("/api/v1/interviews", "POST", { application_id: applicationId, ...body });
      onDone(interview ? "Interview rescheduled: download the .ics again to update calendars." : "Interview scheduled.");
    } catch (err) {
      setMessage(err instanceof Error ? err.message : "Could not save the interview.");
      if (err instanceof FormError) setFields(err.fields);
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" aria-label={interview ? "Reschedule interview" : "Schedule interview"}>
      <Field label="Type" error={fields.type}>
        <select name="type" defaultValue={interview?.type ?? "video"} className={inputClass}>
          {interviewTypeOptions.map((type) => (
            <option key={type} value={type}>
              {interviewTypeLabels[type]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Duration (minutes)" error={fields.duration_minutes}>
        <input name="duration_minutes" type="number" min={5} max={1440} step={5} required defaultValue={interview?.duration_minutes ?? 45} className={inputClass} />
      </Field>
      <Field label="Starts at" error={fields.starts_at}>
        <input name="starts_at" type="datetime-local" required defaultValue={interview ? toLocalDateTimeInput(new Date(interview.starts_at), interview.time_zone) : defaultStart(zone)} className={inputClass} />
      </Field>
      <Field label="Time zone" error={fields.time_zone}>
        <select name="time_zone" value={zone} onChange={(e) => setZone(e.target.value)} className={inputClass}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Location" error={fields.location}>
        <input name="location" maxLength={500} defaultValue={interview?.location ?? ""} placeholder="Office, room or address" className={inputClass} />
      </Field>
      <Field label="Video link" error={fields.video_url}>
        <input name="video_url" type="url" maxLength={2048} defaultValue={interview?.video_url ?? ""} placeholder="https://…" className={inputClass} />
      </Field>
      <Field label="Interviewers (e-mail addresses)" error={Object.entries(fields).find(([k]) => k.startsWith("interviewers"))?.[1]} className="sm:col-span-2">
        <input name="interviewers" defaultValue={interview?.interviewers.map((i) => i.email).join(", ") ?? ""} placeholder="ana@example.com, bo@example.com" className={inputClass} />
      </Field>
      {message && (
        <p role="alert" className="text-sm text-red-700 sm:col-span-2">
          {message}
        </p>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : interview ? "Reschedule" : "Schedule interview"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
