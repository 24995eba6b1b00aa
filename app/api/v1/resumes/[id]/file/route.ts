import { z } from "zod";
import { apiRoute } from "@/server/route";
import { getResumeFor } from "@/lib/resumes/queries";
import { attachmentDisposition } from "@/lib/resumes/serialize";

/** The original upload, byte for byte, as a download. */
export const GET = apiRoute({ doc: { summary: "The original upload, as a download", content: "application/octet-stream", description: "With the upload's own media type (PDF, DOCX or text)." }, right: "resumes:upload", params: z.object({ id: z.string().uuid("Resume id must be a UUID") }) }, async ({ db, user, params }) => {
  const resume = await getResumeFor(db, user, params.id);
  return new Response(new Uint8Array(resume.content), {
    headers: {
      "content-type": resume.mediaType,
      "content-length": String(resume.content.byteLength),
      "content-disposition": attachmentDisposition(resume.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});
