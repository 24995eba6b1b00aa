import type { Metadata } from "next";
import Link from "next/link";
import { ExternalJobForm } from "@/components/tracker/external-job-form";
import { Notice, PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";
import { externalJobPrefill } from "@/lib/tracker/external-job-input";

export const metadata: Metadata = { title: "Add a job found elsewhere" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewExternalApplicationPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageRight("portal:use");
  const query = await searchParams;
  const initial = externalJobPrefill.parse(query);
  const fromBookmarklet = Object.keys(query).length > 0;
  return (
    <>
      <PageHeader title="Add a job found elsewhere" description="Track a job from another site on your board." />
      {fromBookmarklet ? (
        <Notice tone="green">We filled this in from the page you were on. Check it, then add it to your tracker.</Notice>
      ) : (
        <p className="mb-4 text-sm text-slate-600">
          Tip: the{" "}
          <Link href="/portal/bookmarklet" className="font-medium text-brand-700 hover:underline">
            Save to Hireflow bookmarklet
          </Link>{" "}
          fills this form in from the job page you are reading.
        </p>
      )}
      <ExternalJobForm initial={initial} />
    </>
  );
}
