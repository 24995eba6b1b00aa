import mammoth from "mammoth";
import { getDocumentProxy } from "unpdf";
import { PayloadTooLargeError, UnusableResumeError } from "@/lib/errors";
import { detectResumeKind, mediaTypeOf, zipEntries, type ResumeKind } from "./detect-type";

export type ExtractedResume = { kind: ResumeKind; mediaType: string; text: string };

export type ExtractOptions = {
  maxBytes: number;
  /** Pages read from a PDF; a resume longer than this is cut, not refused. */
  maxPages?: number;
  timeoutMs?: number;
};

const MAX_PAGES = 20;
const TIMEOUT_MS = 15_000;
// A DOCX that inflates past this is a zip bomb, not a resume.
const MAX_DOCX_UNCOMPRESSED = 50 * 1024 * 1024;
// Fewer letters than this in a PDF means there is no text layer: a scan or a photo.
const MIN_LETTERS = 20;

type PdfTextItem = { str: string; transform: number[]; width: number; hasEOL: boolean };

/** Lines in content order: a new line when the baseline moves, a space when a gap opens on the same line. */
function pdfItemsToText(items: PdfTextItem[]): string {
  let out = "";
  let lastY: number | null = null;
  let lastEnd = 0;
  for (const item of items) {
    const x = item.transform[4];
    const y = item.transform[5];
    if (lastY !== null && Math.abs(y - lastY) > 2) out += "\n";
    else if (lastY !== null && x - lastEnd > 1 && !out.endsWith(" ") && !item.str.startsWith(" ")) out += " ";
    out += item.str;
    if (item.hasEOL) out += "\n";
    lastY = item.hasEOL ? null : y;
    lastEnd = x + item.width;
  }
  return out;
}

function isPasswordError(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: string }).name === "PasswordException";
}

async function pdfText(bytes: Uint8Array, maxPages: number, deadline: number): Promise<string> {
  let doc;
  try {
    // A copy: pdf.js detaches the buffer it is given, and the caller keeps the original to store.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  } catch (err) {
    if (isPasswordError(err)) throw new UnusableResumeError("resume_encrypted", "The PDF is password-protected; save it without a password and upload it again.");
    throw new UnusableResumeError("resume_unreadable", "The PDF is damaged and cannot be read.");
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      if (Date.now() > deadline) break;
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pdfItemsToText(content.items.filter((i) => "str" in i) as PdfTextItem[]));
    }
    return pages.join("\n\n");
  } catch (err) {
    if (err instanceof UnusableResumeError) throw err;
    throw new UnusableResumeError("resume_unreadable", "The PDF is damaged and cannot be read.");
  } finally {
    await doc.destroy().catch(() => {});
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const entries = zipEntries(bytes) ?? [];
  if (entries.reduce((sum, e) => sum + e.size, 0) > MAX_DOCX_UNCOMPRESSED) {
    throw new UnusableResumeError("resume_unreadable", "The document unpacks to far more than a resume could hold.");
  }
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth ends every paragraph with a blank line; one newline keeps lines as the author wrote them.
    return result.value.replace(/\n\n/g, "\n");
  } catch {
    throw new UnusableResumeError("resume_unreadable", "The Word document is damaged and cannot be read.");
  }
}

function plainText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}

/** One newline style, no NULs or non-breaking spaces, trailing blanks gone, at most one empty line in a row. */
export function tidyText(text: string): string {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000\u200b]/g, "")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/\f/g, "\n")
    .replace(/[ ]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnusableResumeError("resume_unreadable", "Reading the file took too long; it may be damaged.")), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The text of a PDF, DOCX or plain-text resume, with its real type from the bytes. Refuses,
 * with an UnusableResumeError naming why, what has no text, is encrypted, is not what its name
 * or declared type says, is another format, or is corrupt; too large is a PayloadTooLargeError.
 */
export async function extractResumeText(bytes: Uint8Array, fileName: string | null, declaredType: string | null, options: ExtractOptions): Promise<ExtractedResume> {
  if (bytes.byteLength > options.maxBytes) throw new PayloadTooLargeError(options.maxBytes);
  const kind = detectResumeKind(bytes, fileName, declaredType);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const raw = await withDeadline(
    kind === "pdf" ? pdfText(bytes, options.maxPages ?? MAX_PAGES, deadline) : kind === "docx" ? docxText(bytes) : Promise.resolve(plainText(bytes)),
    timeoutMs,
  );
  const text = tidyText(raw);
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) {
    throw new UnusableResumeError(
      "resume_no_text",
      kind === "pdf" ? "The PDF has no text layer (it looks scanned or made of images); upload the original document or a PDF saved from it." : "The file holds no readable text.",
    );
  }
  return { kind, mediaType: mediaTypeOf[kind], text };
}
