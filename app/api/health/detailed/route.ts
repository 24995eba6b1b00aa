import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { runnerStatus } from "@/inngest/runner";
import { responseForError } from "@/lib/http/respond";
import { assertOperatorAccess } from "@/server/operator-access";
import { detailedHealth } from "@/lib/observability/health-detailed";
import { withHttpMetrics } from "@/lib/observability/http";

export const dynamic = "force-dynamic";

// For operators (an admin, or a caller with METRICS_TOKEN): GET /api/health stays up/down only.
export const GET = withHttpMetrics(async (request: NextRequest) => {
  try {
    const db = await getDb();
    await assertOperatorAccess(db, request);
    const report = await detailedHealth(db, runnerStatus);
    return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
  } catch (err) {
    return responseForError(err);
  }
});
