import { z } from "zod";
import { exportFormatSchema, exportResponse } from "@/lib/export/stream";
import { matchViewSchema } from "@/lib/export/schemas";
import { apiRoute } from "@/lib/http/route";
import { matchCsvColumns, matchExportBatches, matchExportFiltersSchema } from "@/lib/matching/export";

const query = matchExportFiltersSchema.extend(exportFormatSchema.shape);

export const GET = apiRoute(
  {
    right: "candidates:read",
    query,
    doc: {
      summary: "Export matches as CSV or JSON",
      description: "Every match GET /api/v1/matches would list for the same filters (new ones unless `status` says otherwise), best first, without paging, streamed as a download: `format=csv` (default) answers text/csv with a header row; `format=json` answers application/json, one array of the list's items (the schema below). Recruiters and admins only.",
      content: "text/csv",
      response: z.array(matchViewSchema),
    },
  },
  async ({ db, query: { format, ...filters }, request }) =>
    exportResponse({ name: "matches", format, columns: matchCsvColumns, signal: request.signal, batches: (signal) => matchExportBatches(db, filters, signal) }),
);
