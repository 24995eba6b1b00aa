import type { Metadata } from "next";
import { ResumeUpload } from "@/components/resumes/resume-upload";
import { PageHeader } from "@/components/ui/card";
import { requirePageRight } from "@/server/session";

export const metadata: Metadata = { title: "Upload a resume" };

export default async function UploadResumePage() {
  await requirePageRight("candidates:read");
  return (
    <>
      <PageHeader title="Upload a resume" description="We read the file, you check what we found, and it becomes a candidate. Nothing is saved as a candidate until you press Save." />
      <ResumeUpload nextPath="/candidates/:id" />
    </>
  );
}
