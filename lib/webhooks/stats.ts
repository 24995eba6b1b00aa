import { and, count, eq, gte, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { webhookAttempts, webhookEndpoints } from "@/db/schema";
import { metrics } from "@/lib/observability/metrics";

export type DeliveryCounts = { attempts: number; delivered: number; failed: number };

/** Delivery attempts made since `since` (automatic and manual), and how many succeeded: the day's figures. */
export async function countDeliveriesSince(db: Db, since: Date): Promise<DeliveryCounts> {
  const [row] = await db
    .select({ attempts: count(), delivered: sql<number>`count(*) filter (where ${webhookAttempts.succeeded})`.mapWith(Number) })
    .from(webhookAttempts)
    .where(gte(webhookAttempts.attemptedAt, since));
  const attempts = Number(row?.attempts ?? 0);
  const delivered = Number(row?.delivered ?? 0);
  return { attempts, delivered, failed: attempts - delivered };
}

/** Endpoints failing now: enabled ones whose last attempt failed, and ones disabled for failing. */
export async function countFailingEndpoints(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(or(and(eq(webhookEndpoints.enabled, true), isNotNull(webhookEndpoints.failingSince)), and(eq(webhookEndpoints.enabled, false), isNotNull(webhookEndpoints.disabledReason))));
  return Number(row?.n ?? 0);
}

/** Sets the failing-endpoints gauge at scrape time; register with `onScrape("webhooks", collectWebhookGauges)` (lib/observability/collect.ts). */
export async function collectWebhookGauges(db: Db): Promise<void> {
  metrics().webhookEndpointsFailing.set(await countFailingEndpoints(db));
}
