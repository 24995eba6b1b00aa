import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { runnerStatus } from "@/inngest/runner";
import type { User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { adminHealth, healthReport, publicHealth } from "@/lib/health";
import { authenticate } from "@/server/route";
import { withHttpMetrics } from "@/lib/observability/http";

export const dynamic = "force-dynamic";

async function callerOrNull(request: NextRequest): Promise<User | null> {
  if (!request.headers.get("authorization") && !request.headers.get("cookie")) return null;
  try {
    return await authenticate(await getDb(), request);
  } catch {
    return null;
  }
}

export const GET = withHttpMetrics(async (request: NextRequest) => {
  const report = await healthReport(runnerStatus);
  const caller = report.database.ok ? await callerOrNull(request) : null;
  const body = caller && can(caller.role, "settings:manage") ? adminHealth(report) : publicHealth(report);
  return Response.json(body, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
