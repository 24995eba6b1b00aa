import type { Metadata } from "next";
import Link from "next/link";
import { RecommendationsBrowser } from "@/components/recommendations/recommendations-browser";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { ownCandidateId } from "@/lib/matching/queries";

export const metadata: Metadata = { title: "Recommended for you" };

export default async function RecommendationsPage() {
  const user = await requirePageRight("portal:use");
  const candidateId = await ownCandidateId(await getDb(), user);
  return (
    <>
      <PageHeader title="Recommended for you" description="Jobs picked for you, each with the reasons why. Save the ones you like; dismiss the rest and similar jobs move down." />
      {candidateId ? (
        <RecommendationsBrowser />
      ) : (
        <EmptyState title="Create your profile to get recommendations">
          <p>Recommendations come from your skills, experience and where you want to work, and from what seekers like you go for.</p>
          <p className="mt-4 flex flex-wrap justify-center gap-2">
            <Link href="/portal/profile/upload" className={buttonClass("primary")}>
              Build my profile from a resume
            </Link>
            <Link href="/portal/profile" className={buttonClass("secondary")}>
              Edit my profile
            </Link>
          </p>
        </EmptyState>
      )}
    </>
  );
}
