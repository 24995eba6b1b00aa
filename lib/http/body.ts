import { PayloadTooLargeError, ValidationError } from "@/lib/errors";

/** A declared Content-Length over the cap is refused before anything else is looked at. */
export function refuseDeclaredOversize(request: Request, maxBytes: number): void {
  const declared = request.headers.get("content-length");
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
}

/**
 * The request body's bytes, refusing more than `maxBytes` before reading it all: a declared
 * Content-Length over the cap is refused at once, and the bytes are counted while streaming
 * for a body that lies about its length or sends none.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Buffer> {
  refuseDeclaredOversize(request, maxBytes);
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The request body as text, under the same cap as readBodyBytes. */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const bytes = await readBodyBytes(request, maxBytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ValidationError("The request body is not valid UTF-8.");
  }
}

/** The body parsed as JSON, or undefined when empty. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const text = await readBodyText(request, maxBytes);
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError("The request body is not valid JSON.");
  }
}

// Room for the multipart envelope (boundaries, part headers, other small fields) around the file.
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** The body cap for a multipart upload of a file up to `maxFileBytes`. */
export function multipartBodyLimit(maxFileBytes: number): number {
  return maxFileBytes + MULTIPART_OVERHEAD_BYTES;
}

export type UploadedFile = { bytes: Uint8Array; fileName: string; mediaType: string | null };

/**
 * One file field of a multipart/form-data body, read under the same streamed cap as JSON bodies:
 * 413 when the body or the file is over `maxFileBytes`, 400 when the body is not multipart or
 * has no such file field.
 */
export async function readMultipartFile(request: Request, field: string, maxFileBytes: number): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) throw new ValidationError(`Send the file as multipart/form-data in a field named \`${field}\`.`);
  const body = await readBodyBytes(request, multipartBodyLimit(maxFileBytes));
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ValidationError("The multipart body is malformed.");
  }
  const file = form.get(field);
  if (!file || typeof file === "string") throw new ValidationError(`The form has no file in a field named \`${field}\`.`, [{ path: field, message: "Required file" }]);
  if (file.size > maxFileBytes) throw new PayloadTooLargeError(maxFileBytes);
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name || "resume", mediaType: file.type || null };
}
