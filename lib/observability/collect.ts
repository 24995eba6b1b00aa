import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { queryRows } from "@/db/rows";
import { parseCron } from "@/lib/schedule/cron";
import { initialiseQuotaSeries } from "@/lib/sources/quota";
import { initialiseSyncSeries } from "@/lib/sync/metrics";
import { log } from "./log";
import { metrics } from "./metrics";

/** A module's own scrape-time gauges: set them from the database in `collect`. */
export type ScrapeCollector = (db: Db) => Promise<void>;

type State = {
  collectors: Map<string, ScrapeCollector>;
  lastCollectedAt: number;
  inFlight: Promise<void> | null;
};

const state = ((globalThis as unknown as { __hireflowScrape?: State }).__hireflowScrape ??= {
  collectors: new Map(),
  lastCollectedAt: 0,
  inFlight: null,
});

/** Database reads are shared by the scrapes within this window. */
export const SCRAPE_CACHE_MS = 5_000;

// Counted up to a cap through partial indexes, so a huge backlog cannot make a scrape slow.
const COUNT_CAP = 100_000;

/**
 * Registers gauges another module keeps (the webhooks' failing endpoints...): `collect` runs
 * with the others on a scrape, at most once per SCRAPE_CACHE_MS. A name registers once.
 */
export function onScrape(name: string, collect: ScrapeCollector): void {
  state.collectors.set(name, collect);
}

/** Seconds between two runs of a cron schedule (from now); 0 for a manual-only or unreadable one. */
export function scheduleIntervalSeconds(schedule: string | null, now: Date): number {
  if (!schedule) return 0;
  try {
    const cron = parseCron(schedule);
    const first = cron.nextRun(now);
    const second = first ? cron.nextRun(first) : null;
    return first && second ? Math.round((second.getTime() - first.getTime()) / 1000) : 0;
  } catch {
    return 0;
  }
}

async function collectQueue(db: Db, now: Date) {
  const [row] = await queryRows<{ depth: number; oldest: string | Date | null }>(
    db,
    sql`select count(*)::int as depth, min(next_run_at) as oldest from (
          select next_run_at from background_runs
          where status in ('queued', 'sleeping') and next_run_at <= ${now.toISOString()}::timestamptz
          limit ${COUNT_CAP}) due`,
  );
  metrics().queueDepth.set(row?.depth ?? 0);
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : null;
  metrics().queueOldestDueSeconds.set(oldest === null ? 0 : Math.max(0, (now.getTime() - oldest) / 1000));
  const [outbox] = await queryRows<{ pending: number }>(
    db,
    sql`select count(*)::int as pending from (select 1 from outbox where dispatched_at is null limit ${COUNT_CAP}) p`,
  );
  metrics().outboxPending.set(outbox?.pending ?? 0);
}

async function collectSources(db: Db, now: Date) {
  // Until a source's first success its creation time stands in, so a new source is not "overdue".
  const sources = await queryRows<{ name: string; type: string; enabled: boolean; schedule: string | null; last_success: string | Date }>(
    db,
    sql`select s.name, s.type, s.enabled, s.schedule,
               coalesce((select max(r.finished_at) from sync_runs r where r.source_id = s.id and r.status in ('succeeded', 'partial')), s.created_at) as last_success
        from job_sources s`,
  );
  const m = metrics();
  // A deleted or renamed source's series go: only current sources are reported.
  m.syncLastSuccess.reset();
  m.sourceEnabled.reset();
  m.sourceScheduleSeconds.reset();
  for (const source of sources) {
    m.syncLastSuccess.set({ source: source.name }, Math.floor(new Date(source.last_success).getTime() / 1000));
    m.sourceEnabled.set({ source: source.name }, source.enabled ? 1 : 0);
    m.sourceScheduleSeconds.set({ source: source.name }, scheduleIntervalSeconds(source.schedule, now));
  }
  initialiseSyncSeries(sources.map((s) => s.name));
  initialiseQuotaSeries([...new Set(sources.map((s) => s.type))]);
}

async function collectFollowUpsAndMatches(db: Db, now: Date) {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const [followUps] = await queryRows<{ due: number; overdue: number }>(
    db,
    sql`select count(*)::int as due, (count(*) filter (where due_at <= ${dayAgo.toISOString()}::timestamptz))::int as overdue
        from (select due_at from follow_ups where status in ('planned', 'due') and due_at <= ${now.toISOString()}::timestamptz limit ${COUNT_CAP}) f`,
  );
  metrics().followUpsDue.set(followUps?.due ?? 0);
  metrics().followUpsOverdue.set(followUps?.overdue ?? 0);
  const [matches] = await queryRows<{ stored: number }>(db, sql`select count(*)::int as stored from matches`);
  metrics().matchesStored.set(matches?.stored ?? 0);
}

async function collectAll(db: Db, now: Date) {
  const builtIn: Array<[string, ScrapeCollector]> = [
    ["queue", (d) => collectQueue(d, now)],
    ["sources", (d) => collectSources(d, now)],
    ["follow-ups-and-matches", (d) => collectFollowUpsAndMatches(d, now)],
  ];
  // One failing reader must not blank the whole scrape: it keeps its last values and is logged.
  await Promise.all(
    [...builtIn, ...state.collectors].map(async ([name, collect]) => {
      try {
        await collect(db);
      } catch (err) {
        log.warn("metrics collector failed", { collector: name, error: err });
      }
    }),
  );
}

/**
 * Brings the database-backed gauges up to date for a scrape. Within SCRAPE_CACHE_MS of the last
 * read nothing is read again, and concurrent scrapes share one read. After the first read a
 * stale scrape answers with the last values and refreshes behind it, so a scrape never waits
 * on the database (the gauges lag by at most one scrape interval).
 */
export async function collectScrapeGauges(db: Db, now = new Date()): Promise<void> {
  if (now.getTime() - state.lastCollectedAt < SCRAPE_CACHE_MS) return;
  const first = state.lastCollectedAt === 0;
  state.inFlight ??= collectAll(db, now).finally(() => {
    state.lastCollectedAt = Date.now();
    state.inFlight = null;
  });
  if (first) await state.inFlight;
}

/** Tests: the next scrape reads the database again. */
export function forgetScrapeCache(): void {
  state.lastCollectedAt = 0;
}

/** Known label sets at 0, so every series exists on a fresh app (dashboards and alerts get data). */
export function initialiseKnownSeries(): void {
  const m = metrics();
  for (const channel of ["in_app", "email"]) m.notificationsSent.inc({ channel }, 0);
  for (const outcome of ["delivered", "failed"]) m.webhookDeliveries.inc({ outcome }, 0);
  for (const cache of ["search", "jobs_page", "graphql_companies", "graphql_top_matches"]) for (const result of ["hit", "miss"]) m.cacheRequests.inc({ cache, result }, 0);
}
