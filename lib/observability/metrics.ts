import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// Every Prometheus metric the app exposes, declared once. The names are a contract: the alert
// rules (ops/prometheus/alerts.yml) and the Grafana dashboard (ops/grafana) query them, and CI
// checks that each of those queries returns data. Rename one and change all three.
//
// Kept on globalThis: Next bundles route handlers separately, and a registry per bundle would
// make /metrics show only its own bundle's counts. Each process exposes its own figures.
//
// Counters and histograms count what this process did. Gauges that describe shared state (queue
// depth, last successful sync, follow-ups due) are read from the database when scraped
// (lib/observability/collect.ts), so every process reports the same state.

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const RUN_BUCKETS = [0.05, 0.25, 1, 5, 15, 60, 300, 900, 3600];

function build() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry }); // process_resident_memory_bytes, nodejs_* ...
  const r = [registry];
  return {
    registry,
    httpRequests: new Counter({ name: "hireflow_http_requests_total", help: "HTTP requests by route template, method and status.", labelNames: ["route", "method", "status"], registers: r }),
    httpDuration: new Histogram({ name: "hireflow_http_request_duration_seconds", help: "HTTP request duration by route template and method.", labelNames: ["route", "method"], buckets: DURATION_BUCKETS, registers: r }),
    dbQueryDuration: new Histogram({ name: "hireflow_db_query_duration_seconds", help: "Database query duration by operation (select, insert, update, delete, other).", labelNames: ["operation"], buckets: DURATION_BUCKETS, registers: r }),
    dbSlowQueries: new Counter({ name: "hireflow_db_slow_queries_total", help: "Queries slower than SLOW_QUERY_MS, by statement name.", labelNames: ["statement"], registers: r }),
    dbPoolInUse: new Gauge({ name: "hireflow_db_pool_connections_in_use", help: "Database connections currently running a query.", registers: r }),
    dbPoolMax: new Gauge({ name: "hireflow_db_pool_connections_max", help: "Largest number of database connections the pool opens.", registers: r }),
    cacheRequests: new Counter({ name: "hireflow_cache_requests_total", help: "Cache lookups by cache and result (hit, miss).", labelNames: ["cache", "result"], registers: r }),
    backgroundRuns: new Counter({ name: "hireflow_background_runs_total", help: "Background function runs finished, by function and outcome (succeeded, failed).", labelNames: ["function", "outcome"], registers: r }),
    backgroundRunDuration: new Histogram({ name: "hireflow_background_run_duration_seconds", help: "Background run duration by function.", labelNames: ["function"], buckets: RUN_BUCKETS, registers: r }),
    queueDepth: new Gauge({ name: "hireflow_queue_depth", help: "Background runs due and not started.", registers: r }),
    queueOldestDueSeconds: new Gauge({ name: "hireflow_queue_oldest_due_seconds", help: "How long the oldest due background run has waited, in seconds (0 when none).", registers: r }),
    outboxPending: new Gauge({ name: "hireflow_outbox_pending", help: "Events recorded and not yet handed on.", registers: r }),
    syncRuns: new Counter({ name: "hireflow_sync_runs_total", help: "Sync runs finished, by source and status (succeeded, partial, failed).", labelNames: ["source", "status"], registers: r }),
    syncRecords: new Counter({ name: "hireflow_sync_records_total", help: "Records a sync handled, by source and outcome (fetched, failed, duplicate).", labelNames: ["source", "outcome"], registers: r }),
    syncLastSuccess: new Gauge({ name: "hireflow_sync_last_success_timestamp_seconds", help: "When each source last finished a sync successfully (Unix seconds).", labelNames: ["source"], registers: r }),
    sourceEnabled: new Gauge({ name: "hireflow_source_enabled", help: "1 when the source is enabled for scheduled syncs.", labelNames: ["source"], registers: r }),
    sourceScheduleSeconds: new Gauge({ name: "hireflow_source_schedule_seconds", help: "The interval of a source's sync schedule, in seconds.", labelNames: ["source"], registers: r }),
    sourceQuotaUsedRatio: new Gauge({ name: "hireflow_source_quota_used_ratio", help: "Share of the API quota used, where the source's API reports it (0..1).", labelNames: ["source"], registers: r }),
    followUpsDue: new Gauge({ name: "hireflow_follow_ups_due", help: "Follow-ups due now and not done.", registers: r }),
    followUpsOverdue: new Gauge({ name: "hireflow_follow_ups_overdue", help: "Follow-ups due more than a day ago and not done.", registers: r }),
    notificationsSent: new Counter({ name: "hireflow_notifications_sent_total", help: "Notifications sent, by channel (in_app, email).", labelNames: ["channel"], registers: r }),
    matchesStored: new Gauge({ name: "hireflow_matches_stored", help: "Stored matches at or above the minimum score.", registers: r }),
    matchesCreated: new Counter({ name: "hireflow_matches_created_total", help: "New matches stored by this process.", registers: r }),
    webhookDeliveries: new Counter({ name: "hireflow_webhook_deliveries_total", help: "Outbound webhook delivery attempts by outcome (delivered, failed).", labelNames: ["outcome"], registers: r }),
    webhookEndpointsFailing: new Gauge({ name: "hireflow_webhook_endpoints_failing", help: "Enabled webhook endpoints whose last delivery failed, plus endpoints disabled for failing.", registers: r }),
  };
}

export type Metrics = ReturnType<typeof build>;

const cache = globalThis as unknown as { __hireflowMetrics?: Metrics };

/** The process's metrics (created on first use). */
export function metrics(): Metrics {
  return (cache.__hireflowMetrics ??= build());
}
