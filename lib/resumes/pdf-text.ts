import { Worker } from "node:worker_threads";
import { UnusableResumeError } from "@/lib/errors";

export type PdfTextItem = { str: string; x: number; y: number; width: number; hasEOL: boolean };

type WorkerReply = { ok: true; pages: PdfTextItem[][] } | { ok: false; name: string; moduleMissing?: boolean };

// pdf.js in a worker thread: a hostile PDF (a content stream that inflates without end, a page
// that never finishes) is stopped by terminating the thread, which a timer in this thread cannot do.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  let unpdf;
  try {
    unpdf = await import("unpdf");
  } catch (err) {
    parentPort.postMessage({ ok: false, name: "ModuleMissing", moduleMissing: true });
    return;
  }
  try {
    const doc = await unpdf.getDocumentProxy(workerData.bytes, { verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
    const pages = [];
    for (let n = 1; n <= Math.min(doc.numPages, workerData.maxPages); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.filter((i) => "str" in i).map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], width: i.width, hasEOL: i.hasEOL })));
    }
    parentPort.postMessage({ ok: true, pages });
  } catch (err) {
    parentPort.postMessage({ ok: false, name: (err && err.name) || "Error" });
  }
})();
`;

const tooSlow = () => new UnusableResumeError("resume_unreadable", "Reading the PDF took too long or needed too much memory; it may be damaged.");
const damaged = () => new UnusableResumeError("resume_unreadable", "The PDF is damaged and cannot be read.");
const encrypted = () => new UnusableResumeError("resume_encrypted", "The PDF is password-protected; save it without a password and upload it again.");

/** Text items of each page, read in a worker with a heap cap and a deadline; null when the worker cannot load pdf.js here. */
export function pdfItemsInWorker(bytes: Uint8Array, maxPages: number, timeoutMs: number): Promise<PdfTextItem[][] | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { bytes, maxPages }, resourceLimits: { maxOldGenerationSizeMb: 256 } });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(tooSlow())), timeoutMs);
    worker.on("message", (reply: WorkerReply) =>
      finish(() => {
        if (reply.ok) resolve(reply.pages);
        else if (reply.moduleMissing) resolve(null);
        else reject(reply.name === "PasswordException" ? encrypted() : damaged());
      }),
    );
    worker.on("error", () => finish(() => reject(tooSlow())));
    worker.on("exit", () => finish(() => reject(damaged())));
  });
}

/** The same reading in this thread, for where a worker cannot resolve the package; bounded by page count and a deadline between pages. */
export async function pdfItemsInProcess(bytes: Uint8Array, maxPages: number, deadline: number): Promise<PdfTextItem[][]> {
  const { getDocumentProxy } = await import("unpdf");
  let doc;
  try {
    doc = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false, disableFontFace: true, stopAtErrors: false });
  } catch (err) {
    throw (err as { name?: string })?.name === "PasswordException" ? encrypted() : damaged();
  }
  try {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages) && Date.now() <= deadline; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(
        content.items.flatMap((i) => ("str" in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, hasEOL: i.hasEOL }] : [])),
      );
    }
    return pages;
  } catch {
    throw damaged();
  } finally {
    await doc.destroy().catch(() => {});
  }
}
