import type { Metadata } from "next";
import { ResumeUpload } from "@/components/resumes/resume-upload";
import { PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "Build my profile from my resume" };

export default async function PortalResumeUploadPage() {
  await requirePageRight("portal:use");
  return (
    <>
      <PageHeader title="Build my profile from my resume" description="Upload your resume, check what we read, and save it as your profile. Only you and recruiters can see it." />
      <ResumeUpload nextPath="/portal?profile=saved" />
    </>
  );
}
