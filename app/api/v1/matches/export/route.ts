import { exportRoute } from "@/server/export-route";
import { matchCsvColumns, matchExportBatches, matchExportFiltersSchema } from "@/lib/matching/export";
import { matchJson } from "@/lib/matching/serialize";

export const GET = exportRoute({
  name: "matches",
  right: "candidates:read",
  filters: matchExportFiltersSchema,
  item: matchJson,
  columns: matchCsvColumns,
  rows: "Every match GET /api/v1/matches would list for the same filters (new ones unless `status` says otherwise), best first",
  note: "Recruiters and admins only.",
  batches: (db, _user, filters, signal) => matchExportBatches(db, filters, signal),
});
