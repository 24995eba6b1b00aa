import { candidateCsvColumns, candidateExportBatches, candidateExportFiltersSchema } from "@/lib/candidates/export";
import { candidateListItemJson } from "@/lib/candidates/serialize";
import { exportRoute } from "@/server/export-route";

export const GET = exportRoute({
  name: "candidates",
  right: "candidates:read",
  filters: candidateExportFiltersSchema,
  item: candidateListItemJson,
  columns: candidateCsvColumns,
  rows: "Every candidate GET /api/v1/candidates would list for the same filters",
  note: "Recruiters and admins only.",
  batches: candidateExportBatches,
});
