import { applicationCsvColumns, applicationExportBatches, applicationExportFiltersSchema } from "@/lib/applications/export";
import { applicationListItemJson } from "@/lib/applications/serialize";
import { exportRoute } from "@/server/export-route";

export const GET = exportRoute({
  name: "applications",
  right: "applications:use",
  filters: applicationExportFiltersSchema,
  item: applicationListItemJson,
  columns: applicationCsvColumns,
  rows: "Every application GET /api/v1/applications would list for the same filters (a seeker: only their own)",
  batches: applicationExportBatches,
});
