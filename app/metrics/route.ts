import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { responseForError } from "@/lib/http/respond";
import { assertOperatorAccess } from "@/server/operator-access";
import { withHttpMetrics } from "@/lib/observability/http";
import { renderMetrics } from "@/lib/observability/scrape";

export const dynamic = "force-dynamic";

// Prometheus scrapes each app process here; each answers with its own counters.
export const GET = withHttpMetrics(async (request: NextRequest) => {
  try {
    const db = await getDb();
    await assertOperatorAccess(db, request);
    const { body, contentType } = await renderMetrics(db);
    return new Response(body, { headers: { "content-type": contentType, "cache-control": "no-store" } });
  } catch (err) {
    return responseForError(err);
  }
});
