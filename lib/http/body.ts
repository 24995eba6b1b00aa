import { PayloadTooLargeError, ValidationError } from "@/lib/errors";

/** A declared Content-Length over the cap is refused before anything else is looked at. */
export function refuseDeclaredOversize(request: Request, maxBytes: number): void {
  const declared = request.headers.get("content-length");
  if (declared && /^\d+$/.test(declared) && Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
}

/**
 * The request body as text, refusing more than `maxBytes` before reading it all: a declared
 * Content-Length over the cap is refused at once, and the bytes are counted while streaming
 * for a body that lies about its length or sends none.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  refuseDeclaredOversize(request, maxBytes);
  if (!request.body) return "";
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
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
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
