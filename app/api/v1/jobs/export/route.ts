import { exportRoute } from "@/server/export-route";
import { jobCsvColumns, jobExportBatches, jobExportFiltersSchema } from "@/lib/jobs/export";
import { jobJson } from "@/lib/jobs/serialize";

export const GET = exportRoute({
  name: "jobs",
  right: "jobs:read",
  filters: jobExportFiltersSchema,
  item: jobJson,
  columns: jobCsvColumns,
  rows: "Every job GET /api/v1/jobs would list for the same filters",
  batches: (db, _user, filters, signal) => jobExportBatches(db, filters, signal),
});
