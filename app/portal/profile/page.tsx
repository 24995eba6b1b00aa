import type { Metadata } from "next";
import { CandidateForm } from "@/components/candidates/candidate-form";
import { Notice, PageHeader } from "@/components/ui/card";
import { getDb } from "@/db";
import { requirePageRight } from "@/server/session";
import { getOwnCandidate } from "@/lib/candidates/get";
import { candidateForApi } from "@/lib/candidates/serialize";

export const metadata: Metadata = { title: "My profile" };

export default async function ProfilePage() {
  const user = await requirePageRight("portal:use");
  const own = await getOwnCandidate(await getDb(), user);
  const profile = own ? candidateForApi(own) : null;
  return (
    <>
      <PageHeader title="My profile" description="Recruiters see this profile, and jobs are matched to it. Only you can edit it." />
      {!profile && <Notice tone="green">You have no profile yet: fill it in to be matched with jobs.</Notice>}
      <CandidateForm id={profile?.id} initial={profile ?? undefined} next="/portal/profile" />
    </>
  );
}
