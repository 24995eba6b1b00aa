import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { apiAdmission, OverloadedError } from "@/lib/http/admission";
import { log } from "@/lib/observability/log";
import { csvHeader, csvRows, type CsvColumn } from "./csv";

export const exportFormats = ["csv", "json"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The query parameter every export adds to its listing's filters. */
export const exportFormatSchema = z.object({ format: z.enum(exportFormats, "format must be csv or json").default("csv") });

/** Rows read per query: enough to keep round trips few, small enough that a batch is a few hundred KB. */
export const exportBatchSize = 1000;

/**
 * Batches of rows in a keyset order: `next(last, size)` reads up to `size` rows after `last`
 * (null for the first batch); a short batch is the last one. Only one batch is ever held.
 */
export async function* keysetBatches<T extends K, K = T>(next: (after: K | null, size: number) => Promise<T[]>, signal?: AbortSignal, size = exportBatchSize): AsyncGenerator<T[]> {
  let after: K | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const rows = await next(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows[rows.length - 1];
  }
}

export type ExportSpec<V> = {
  /** File name without date and extension: "jobs". */
  name: string;
  format: ExportFormat;
  columns: CsvColumn<V>[];
  /** The rows as the API shows them, batch by batch; `signal` aborts when the client goes away. */
  batches: (signal: AbortSignal) => AsyncGenerator<V[]>;
  /** The request's signal. */
  signal: AbortSignal;
  /** A slot among the API's running requests, held while one batch is read (apiAdmission by default). */
  admit?: () => Promise<() => void>;
  now?: Date;
};

/**
 * Waits for a slot, however long the API stays busy: a refused slot (OverloadedError) is asked
 * for again after its Retry-After, so a download pauses under load rather than breaking.
 */
async function admitted<T>(admit: () => Promise<() => void>, signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  let release: () => void;
  for (;;) {
    signal.throwIfAborted();
    try {
      release = await admit();
      break;
    } catch (err) {
      if (!(err instanceof OverloadedError)) throw err;
      await sleep(err.retryAfterSeconds * 1000, undefined, { signal });
    }
  }
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * A streamed download of every row: CSV with a header row, or one JSON array. The first batch is
 * read before answering, so a bad filter or a failing query is still an error status; later
 * batches are read only as the client takes the bytes (pull), each in an API admission slot
 * like a request of its own (the route's slot ends with the handler), and cancelling the body
 * or aborting the request stops the reading and cancels the running query.
 */
export async function exportResponse<V>(spec: ExportSpec<V>): Promise<Response> {
  const stop = new AbortController();
  const signal = AbortSignal.any([spec.signal, stop.signal]);
  const batches = spec.batches(signal);
  const first = await batches.next();
  const admit = spec.admit ?? (() => apiAdmission().admit());
  const encoder = new TextEncoder();
  let written = 0;
  const encode = (rows: V[]) => {
    let text: string;
    if (spec.format === "csv") text = csvRows(spec.columns, rows);
    else text = rows.map((row, i) => `${written + i === 0 ? "" : ",\n"}${JSON.stringify(row)}`).join("");
    written += rows.length;
    return encoder.encode(text);
  };
  const finish = () => {
    stop.abort();
    void batches.return(undefined).catch(() => undefined);
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(spec.format === "csv" ? csvHeader(spec.columns) : "["));
      if (!first.done) return controller.enqueue(encode(first.value));
      if (spec.format === "json") controller.enqueue(encoder.encode("]\n"));
      controller.close();
    },
    async pull(controller) {
      try {
        const next = await admitted(admit, signal, () => batches.next());
        signal.throwIfAborted();
        if (next.done) {
          if (spec.format === "json") controller.enqueue(encoder.encode("]\n"));
          controller.close();
        } else {
          controller.enqueue(encode(next.value));
        }
      } catch (err) {
        // A download that failed half way must end broken, never look complete; the client may have left already.
        if (!signal.aborted) log.error("export failed", { export: spec.name, rows: written, error: err });
        controller.error(err);
      }
    },
    cancel: finish,
  });
  spec.signal.addEventListener("abort", finish, { once: true });

  const day = (spec.now ?? new Date()).toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": spec.format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${spec.name}-${day}.${spec.format}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
