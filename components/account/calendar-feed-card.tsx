"use client";

import { useState } from "react";
import { InterviewDialog } from "@/components/interviews/interview-dialog";
import { callApi } from "@/components/sync/api";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export type CalendarFeedState = { active: boolean; prefix: string | null; createdAt: string | null };
type Created = { data: { token: string; feed_url: string; prefix: string; created_at: string } };

/**
 * The user's private calendar feed: create it (the URL is shown once), rotate it (the old URL
 * stops working), revoke it after a confirmation; with how to subscribe from Google and Outlook.
 */
export function CalendarFeedCard({ initial }: { initial: CalendarFeedState }) {
  const [state, setState] = useState(initial);
  const [url, setUrl] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<"rotate" | "revoke" | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  const run = async (work: () => Promise<void>) => {
    setPending(true);
    setMessage(null);
    try {
      await work();
      setConfirm(null);
    } catch (err) {
      setMessage({ tone: "error", text: err instanceof Error ? err.message : "Something went wrong." });
    } finally {
      setPending(false);
    }
  };

  const create = () =>
    run(async () => {
      const { data } = await callApi<Created>("/api/v1/calendar-feed", { method: "POST" });
      // The API names its own origin; the browser's is the one the user reaches us on.
      setUrl(`${window.location.origin}${new URL(data.feed_url).pathname}`);
      setState({ active: true, prefix: data.prefix, createdAt: data.created_at });
    });

  const revoke = () =>
    run(async () => {
      await callApi("/api/v1/calendar-feed", { method: "DELETE" });
      setUrl(null);
      setState({ active: false, prefix: null, createdAt: null });
      setMessage({ tone: "ok", text: "Feed revoked: calendars subscribed to it stop updating." });
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ tone: "ok", text: "Feed URL copied." });
    } catch {
      setMessage({ tone: "error", text: "Could not copy: select the URL and copy it by hand." });
    }
  };

  return (
    <Card className="p-6">
      <section aria-labelledby="calendar-feed-heading" data-testid="calendar-feed">
        <h2 id="calendar-feed-heading" className="text-base font-semibold">
          Calendar feed
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-500">
          A private address your calendar app subscribes to: your interviews from the last 30 days and all upcoming ones, with reminders, updated as they change. Anyone with the address can read
          it, so keep it to yourself; rotate it if it leaks.
        </p>

        {state.active ? (
          <p className="text-sm text-slate-700">
            Active feed <code className="rounded bg-slate-100 px-1 font-mono text-xs">{state.prefix}…</code>
            {state.createdAt && <> created {new Date(state.createdAt).toLocaleDateString()}</>}.
          </p>
        ) : (
          <p className="text-sm text-slate-700">You have no calendar feed.</p>
        )}

        {url && (
          <div role="status" className="mt-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm">
            <p className="font-medium text-emerald-900">Your feed URL. Copy it now: it is not shown again.</p>
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <input readOnly value={url} aria-label="Calendar feed URL" data-testid="calendar-feed-url" onFocus={(e) => e.currentTarget.select()} className="min-w-0 flex-1 rounded border border-emerald-200 bg-white px-2 py-1 font-mono text-xs" />
              <Button type="button" variant="secondary" onClick={copy}>
                Copy
              </Button>
              <a href={url.replace(/^https?:/, "webcal:")} className="text-sm text-brand-700 underline hover:text-brand-800">
                Open in calendar app
              </a>
            </div>
          </div>
        )}

        {message && (
          <p role={message.tone === "error" ? "alert" : "status"} className={`mt-3 text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>
            {message.text}
          </p>
        )}

        <div className="mt-4 flex flex-wrap gap-2">
          {state.active ? (
            <>
              <Button type="button" variant="secondary" onClick={() => setConfirm("rotate")} disabled={pending}>
                Rotate URL
              </Button>
              <Button type="button" variant="danger" onClick={() => setConfirm("revoke")} disabled={pending}>
                Revoke feed
              </Button>
            </>
          ) : (
            <Button type="button" onClick={create} disabled={pending}>
              {pending ? "Creating…" : "Create calendar feed"}
            </Button>
          )}
        </div>

        <details className="mt-5 text-sm text-slate-600">
          <summary className="cursor-pointer font-medium text-slate-800">How to subscribe</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <strong>Google Calendar</strong> (web): Other calendars → <em>+</em> → From URL, paste the feed URL, Add calendar. Google refreshes subscribed calendars on its own schedule
              (often every few hours). The URL must be reachable from the internet over https.
            </li>
            <li>
              <strong>Outlook</strong> (web or new Outlook): Calendar → Add calendar → Subscribe from web, paste the URL, name it, Import. Classic desktop Outlook: Home → Open Calendar → From
              Internet.
            </li>
            <li>
              <strong>Apple Calendar</strong>: File → New Calendar Subscription, or use “Open in calendar app”.
            </li>
          </ul>
        </details>
      </section>

      <InterviewDialog open={confirm !== null} title={confirm === "revoke" ? "Revoke your calendar feed?" : "Rotate your calendar feed URL?"} onClose={() => setConfirm(null)}>
        <p className="text-sm text-slate-600">
          {confirm === "revoke"
            ? "The current URL stops working at once and subscribed calendars stop updating. You can create a new feed later."
            : "The current URL stops working at once; you get a new one to subscribe with again."}
        </p>
        <div className="mt-5 flex justify-end gap-2">
          <Button type="button" variant="ghost" onClick={() => setConfirm(null)} autoFocus>
            Keep it
          </Button>
          <Button type="button" variant={confirm === "revoke" ? "danger" : "primary"} onClick={confirm === "revoke" ? revoke : create} disabled={pending}>
            {pending ? "Working…" : confirm === "revoke" ? "Revoke feed" : "Rotate URL"}
          </Button>
        </div>
      </InterviewDialog>
    </Card>
  );
}
