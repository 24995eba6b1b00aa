import type { RawPage } from "@/lib/sources";

/**
 * Pages an extract step just stored, kept in this process for the transform-load step that follows
 * it, so that step does not read them back from `raw_pages` and parse them again (156 MB of text
 * at 100k jobs, decoded twice). Only an optimisation: a step that runs elsewhere (Inngest), after a
 * restart, or whose pages were pushed out reads the stored copy, which is the same text.
 */
type Handed = { id: string; seq: number; page: RawPage; records: number };

const handed = new Map<string, Handed>();
/** About three steps' worth: enough for two workers, bounded whatever the page size. */
const maxRecords = 3000;
let heldRecords = 0;

const keyOf = (runId: string, seq: number) => `${runId}:${seq}`;

/** Keeps a page the extract stored (with its `raw_pages` id) for the step that transforms it. */
export function handOver(runId: string, entry: Handed): void {
  const key = keyOf(runId, entry.seq);
  if (handed.has(key)) return;
  handed.set(key, entry);
  heldRecords += Math.max(1, entry.records);
  // Oldest first: a Map iterates in insertion order.
  for (const [oldest, value] of handed) {
    if (heldRecords <= maxRecords) break;
    handed.delete(oldest);
    heldRecords -= Math.max(1, value.records);
  }
}

/** The run's pages [fromSeq, toSeq) when every one of them is held (and releases them), else null. */
export function takeOver(runId: string, fromSeq: number, toSeq: number): Handed[] | null {
  const pages: Handed[] = [];
  for (let seq = fromSeq; seq < toSeq; seq++) {
    const entry = handed.get(keyOf(runId, seq));
    if (!entry) return null;
    pages.push(entry);
  }
  for (const entry of pages) {
    handed.delete(keyOf(runId, entry.seq));
    heldRecords -= Math.max(1, entry.records);
  }
  return pages;
}
