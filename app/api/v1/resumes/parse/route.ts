import { z } from "zod";
import { multipartBodyLimit, readMultipartFile } from "@/lib/http/body";
import { apiRoute } from "@/server/route";
import { config } from "@/lib/config";
import { uploadResume } from "@/lib/resumes/upload";
import { parsedForApi, parsedUploadJson } from "@/lib/resumes/serialize";

/** Multipart field `file`: a PDF, DOCX or text resume, kept as a draft; no candidate is created. */
export const POST = apiRoute({ doc: { summary: "Upload and parse a resume", description: "Kept as a draft; no candidate is created.", response: parsedUploadJson, requestContent: { type: "multipart/form-data", schema: z.object({ file: z.file().describe("A PDF, DOCX or text resume") }) }, errors: [422] }, right: "resumes:upload", maxBodyBytes: (c) => multipartBodyLimit(c.RESUME_MAX_BYTES) }, async ({ db, user, request }) => {
  const maxBytes = config().RESUME_MAX_BYTES;
  const file = await readMultipartFile(request, "file", maxBytes);
  const { resume, parsed } = await uploadResume(db, user, file, { maxBytes });
  return { resume_id: resume.id, text: resume.text, parsed: parsedForApi(parsed) };
});
