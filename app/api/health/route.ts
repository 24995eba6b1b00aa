import { runnerStatus } from "@/inngest/runner";
import { healthReport } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport(runnerStatus);
  return Response.json(report, { status: report.status === "ok" ? 200 : 503 });
}
