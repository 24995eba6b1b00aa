import { UnusableResumeError } from "@/lib/errors";

export type ResumeKind = "pdf" | "docx" | "text";

export const mediaTypeOf: Record<ResumeKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  text: "text/plain; charset=utf-8",
};

/** What the bytes are, whatever the name says: one of ours, or some other format we can name. */
type Sniffed = { kind: ResumeKind } | { kind: "other"; format: string };

const kindByExtension: Record<string, ResumeKind | "other"> = {
  pdf: "pdf",
  docx: "docx",
  txt: "text",
  text: "text",
  md: "text",
  doc: "other",
  rtf: "other",
  odt: "other",
  pages: "other",
  png: "other",
  jpg: "other",
  jpeg: "other",
  gif: "other",
  heic: "other",
  zip: "other",
};

function kindOfMediaType(mediaType: string | null | undefined): ResumeKind | "other" | null {
  const type = mediaType?.split(";")[0].trim().toLowerCase();
  if (!type || type === "application/octet-stream") return null;
  if (type === "application/pdf" || type === "application/x-pdf") return "pdf";
  if (type === mediaTypeOf.docx) return "docx";
  if (type === "text/plain" || type === "text/markdown") return "text";
  return "other";
}

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ascii = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));

/** Entry names and uncompressed sizes from a ZIP's central directory (enough to tell a DOCX and refuse a zip bomb). */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  for (let eocd = bytes.length - 22; eocd >= Math.max(0, bytes.length - 65_557); eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    const entries: { name: string; size: number }[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
      const size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      entries.push({ name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8"), size });
      at += 46 + nameLength + extra;
    }
    return entries;
  }
  return null;
}

/** True for UTF-8 (or UTF-16 with a BOM) text with no control bytes but tab, newline, return and form feed. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  } catch {
    return false;
  }
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (contains(bytes, ascii("%PDF-"), 1024)) return { kind: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntries(bytes)?.map((e) => e.name) ?? [];
    if (names.includes("word/document.xml")) return { kind: "docx" };
    if (names.some((n) => n.startsWith("xl/"))) return { kind: "other", format: "an Excel workbook" };
    if (names.includes("content.xml")) return { kind: "other", format: "an OpenDocument file" };
    return { kind: "other", format: "a ZIP archive" };
  }
  // Word's password protection wraps the DOCX in an OLE container with an EncryptionInfo stream.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return contains(bytes, utf16le("EncryptionInfo")) ? { kind: "other", format: "encrypted-office" } : { kind: "other", format: "a Word 97-2003 (.doc) file" };
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: "other", format: "a PNG image" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: "other", format: "a JPEG image" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: "other", format: "a GIF image" };
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return { kind: "other", format: "an RTF document" };
  if (looksLikeText(bytes)) return { kind: "text" };
  return { kind: "other", format: "an unrecognised binary file" };
}

const described: Record<ResumeKind | "other", string> = { pdf: "a PDF", docx: "a Word (.docx) document", text: "plain text", other: "another format" };

/**
 * The kind of resume the bytes really are. A file whose name or declared type says one thing
 * while the bytes say another is refused rather than guessed at.
 */
export function detectResumeKind(bytes: Uint8Array, fileName: string | null, mediaType: string | null): ResumeKind {
  if (bytes.length === 0) throw new UnusableResumeError("resume_unreadable", "The file is empty.");
  const extension = fileName?.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const claims = [kindByExtension[extension] ?? null, kindOfMediaType(mediaType)].filter((k): k is ResumeKind | "other" => k !== null);
  const sniffed = sniff(bytes);
  if (sniffed.kind === "other" && sniffed.format === "encrypted-office") {
    throw new UnusableResumeError("resume_encrypted", "The document is password-protected; save it without a password and upload it again.");
  }
  const mismatch = claims.find((claim) => claim !== sniffed.kind && !(claim === "other" && sniffed.kind === "other"));
  if (mismatch) {
    const actual = sniffed.kind === "other" ? sniffed.format : described[sniffed.kind];
    throw new UnusableResumeError("resume_type_mismatch", `The file is named or declared as ${described[mismatch]} but its content is ${actual}.`, {
      file_name: fileName,
      declared_type: mediaType,
      detected: sniffed.kind === "other" ? sniffed.format : sniffed.kind,
    });
  }
  if (sniffed.kind === "other") {
    throw new UnusableResumeError("resume_unsupported_type", `The file is ${sniffed.format}; upload a PDF, a Word (.docx) document or plain text.`, { detected: sniffed.format });
  }
  return sniffed.kind;
}
