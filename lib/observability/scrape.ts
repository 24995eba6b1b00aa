import type { Db } from "@/db";
import { collectScrapeGauges, initialiseKnownSeries } from "./collect";
import { metrics } from "./metrics";

/** This process's metrics in Prometheus text format, with the database-backed gauges fresh (to SCRAPE_CACHE_MS). */
export async function renderMetrics(db: Db): Promise<{ body: string; contentType: string }> {
  initialiseKnownSeries();
  await collectScrapeGauges(db);
  const { registry } = metrics();
  return { body: await registry.metrics(), contentType: registry.contentType };
}
