import { z } from "zod";
import type { Db } from "@/db";
import type { User } from "@/db/schema";
import type { Right } from "@/lib/auth/roles";
import { apiRoute } from "@/server/route";
import type { CsvColumn } from "@/lib/export/csv";
import { exportFormatSchema, exportResponse, type ExportFormat } from "@/lib/export/stream";

export type ExportRouteSpec<F extends z.ZodObject, V> = {
  /** What is exported, plural: names the file and the operation ("jobs"). */
  name: string;
  right: Right;
  /** The listing's filters without its paging; the route adds `format`. */
  filters: F;
  /** One row as the listing shows it: the JSON export is an array of these. */
  item: z.ZodType<V>;
  columns: CsvColumn<V>[];
  /** Which rows, as the description's first words: "Every job GET /api/v1/jobs would list for the same filters". */
  rows: string;
  /** A sentence after the description, such as who may export. */
  note?: string;
  batches: (db: Db, user: User, filters: z.infer<F>, signal: AbortSignal) => AsyncGenerator<V[]>;
};

/**
 * GET /api/v1/<name>/export: every row of a listing for its filters, without paging, streamed as
 * CSV (the default) or one JSON array of the listing's items (exportResponse).
 */
export function exportRoute<F extends z.ZodObject, V>(spec: ExportRouteSpec<F, V>) {
  const query = spec.filters.extend(exportFormatSchema.shape) as unknown as z.ZodType<z.infer<F> & { format: ExportFormat }>;
  return apiRoute(
    {
      right: spec.right,
      query,
      doc: {
        summary: `Export ${spec.name} as CSV or JSON`,
        description: `${spec.rows}, without paging, streamed as a download: \`format=csv\` (default) answers text/csv with a header row; \`format=json\` answers application/json, one array of the list's items (the schema below).${spec.note ? ` ${spec.note}` : ""}`,
        content: "text/csv",
        response: z.array(spec.item),
      },
    },
    async ({ db, user, query: { format, ...filters }, request }) =>
      exportResponse({ name: spec.name, format, columns: spec.columns, signal: request.signal, batches: (signal) => spec.batches(db, user, filters as z.infer<F>, signal) }),
  );
}
