import { z } from "zod";
import { candidateCsvColumns, candidateExportBatches, candidateExportFiltersSchema } from "@/lib/candidates/export";
import { exportFormatSchema, exportResponse } from "@/lib/export/stream";
import { candidateViewSchema } from "@/lib/export/schemas";
import { apiRoute } from "@/lib/http/route";

const query = candidateExportFiltersSchema.extend(exportFormatSchema.shape);

export const GET = apiRoute(
  {
    right: "candidates:read",
    query,
    doc: {
      summary: "Export candidates as CSV or JSON",
      description: "Every candidate GET /api/v1/candidates would list for the same filters, without paging, streamed as a download: `format=csv` (default) answers text/csv with a header row; `format=json` answers application/json, one array of the list's items (the schema below). Recruiters and admins only.",
      content: "text/csv",
      response: z.array(candidateViewSchema),
    },
  },
  async ({ db, user, query: { format, ...filters }, request }) =>
    exportResponse({ name: "candidates", format, columns: candidateCsvColumns, signal: request.signal, batches: (signal) => candidateExportBatches(db, user, filters, signal) }),
);
