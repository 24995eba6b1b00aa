import { z } from "zod";
import { applicationCsvColumns, applicationExportBatches, applicationExportFiltersSchema } from "@/lib/applications/export";
import { exportFormatSchema, exportResponse } from "@/lib/export/stream";
import { applicationViewSchema } from "@/lib/export/schemas";
import { apiRoute } from "@/lib/http/route";

const query = applicationExportFiltersSchema.extend(exportFormatSchema.shape);

export const GET = apiRoute(
  {
    right: "applications:use",
    query,
    doc: {
      summary: "Export applications as CSV or JSON",
      description: "Every application GET /api/v1/applications would list for the same filters (a seeker: only their own), without paging, streamed as a download: `format=csv` (default) answers text/csv with a header row; `format=json` answers application/json, one array of the list's items (the schema below).",
      content: "text/csv",
      response: z.array(applicationViewSchema),
    },
  },
  async ({ db, user, query: { format, ...filters }, request }) =>
    exportResponse({ name: "applications", format, columns: applicationCsvColumns, signal: request.signal, batches: (signal) => applicationExportBatches(db, user, filters, signal) }),
);
