import type { Db } from "@/db";
import { resumes, type Resume, type User } from "@/db/schema";
import { extractResumeText } from "./extract-text";
import { parseResume, type ParsedResume } from "./parse";

export type ResumeUpload = { bytes: Uint8Array; fileName: string; mediaType: string | null };

/**
 * Reads, parses and keeps an uploaded resume as a draft owned by the actor (no candidate yet).
 * Nothing is stored when the file is refused: extraction throws before the insert.
 */
export async function uploadResume(db: Db, actor: User, upload: ResumeUpload, options: { maxBytes: number; now?: Date }): Promise<{ resume: Resume; parsed: ParsedResume }> {
  const extracted = await extractResumeText(upload.bytes, upload.fileName, upload.mediaType, { maxBytes: options.maxBytes });
  const parsed = parseResume(extracted.text, options.now);
  const [resume] = await db
    .insert(resumes)
    .values({
      ownerId: actor.id,
      fileName: upload.fileName.slice(0, 255),
      mediaType: extracted.mediaType,
      sizeBytes: upload.bytes.byteLength,
      content: Buffer.from(upload.bytes),
      text: extracted.text,
      parsed,
    })
    .returning();
  return { resume, parsed };
}
