import type { Metadata } from "next";
import Link from "next/link";
import { BookmarkletLink } from "@/components/tracker/bookmarklet-link";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "Save to Hireflow bookmarklet" };

export default async function BookmarkletPage() {
  await requirePageRight("portal:use");
  return (
    <>
      <PageHeader title="Save jobs from any site" description="One click on a job page adds it to your tracker, filled in from the page." />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-6">
          <h2 className="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">1. Add the button to your browser</h2>
          <BookmarkletLink />
          <p className="mt-4 text-sm text-slate-600">
            Drag the blue button onto your bookmarks bar (show it with Ctrl+Shift+B, or ⌘+Shift+B on a Mac). On a phone or in Safari, copy the code, bookmark any page, then edit that
            bookmark and paste the code as its address.
          </p>
        </Card>
        <Card className="p-6">
          <h2 className="mb-4 text-sm font-semibold uppercase tracking-wide text-slate-500">2. Use it on a job page</h2>
          <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-600">
            <li>Open a job ad on a company&apos;s careers site or a job board.</li>
            <li>Click “Save to Hireflow” in your bookmarks.</li>
            <li>A new tab opens with the job&apos;s title, company, location, link and description filled in. Check them and add the job.</li>
          </ol>
          <p className="mt-4 text-sm text-slate-600">
            It reads the job details the page publishes for search engines (schema.org JobPosting), in your own browser: Hireflow never visits the page. When a page has no such details,
            the form opens with the page&apos;s title and link for you to complete. A few sites block bookmarklets; there,{" "}
            <Link href="/portal/applications/new" className="font-medium text-brand-700 hover:underline">
              add the job by hand
            </Link>
            .
          </p>
        </Card>
      </div>
    </>
  );
}
