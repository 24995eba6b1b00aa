import { z } from "zod";
import { exportFormatSchema, exportResponse } from "@/lib/export/stream";
import { jobViewSchema } from "@/lib/export/schemas";
import { apiRoute } from "@/lib/http/route";
import { jobCsvColumns, jobExportBatches, jobExportFiltersSchema } from "@/lib/jobs/export";

const query = jobExportFiltersSchema.extend(exportFormatSchema.shape);

export const GET = apiRoute(
  {
    right: "jobs:read",
    query,
    doc: {
      summary: "Export jobs as CSV or JSON",
      description: "Every job GET /api/v1/jobs would list for the same filters, without paging, streamed as a download: `format=csv` (default) answers text/csv with a header row; `format=json` answers application/json, one array of the list's items (the schema below).",
      content: "text/csv",
      response: z.array(jobViewSchema),
    },
  },
  async ({ db, query: { format, ...filters }, request }) =>
    exportResponse({ name: "jobs", format, columns: jobCsvColumns, signal: request.signal, batches: (signal) => jobExportBatches(db, filters, signal) }),
);
