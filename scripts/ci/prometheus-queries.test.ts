import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { metrics } from "@/lib/observability/metrics";
import { dashboardQueries, metricNames, substituteVariables, withoutThresholds } from "./prometheus-queries";

const dashboard = JSON.parse(readFileSync("ops/grafana/hireflow.json", "utf8"));
const alertRules = readFileSync("ops/prometheus/alerts.yml", "utf8");

async function declaredNames(): Promise<Set<string>> {
  const names = new Set(["up"]);
  for (const metric of await metrics().registry.getMetricsAsJSON()) {
    names.add(metric.name);
    if (String(metric.type) === "histogram") for (const suffix of ["_bucket", "_sum", "_count"]) names.add(metric.name + suffix);
  }
  return names;
}

describe("withoutThresholds", () => {
  it("turns comparisons into bool ones and leaves label matchers alone", () => {
    expect(withoutThresholds('sum(rate(x{status=~"5..", route!="/metrics"}[5m])) / sum(rate(x[5m])) > 0.05')).toBe(
      'sum(rate(x{status=~"5..", route!="/metrics"}[5m])) / sum(rate(x[5m])) > bool 0.05',
    );
    expect(withoutThresholds("(time() - a > 2 * b) and on (source) (c == 1)")).toBe("(time() - a > bool 2 * b) and on (source) (c == bool 1)");
    expect(withoutThresholds('up{job="a>b"} <= 0')).toBe('up{job="a>b"} <= bool 0');
    expect(withoutThresholds("x > bool 1")).toBe("x > bool 1");
  });
});

describe("substituteVariables", () => {
  it("replaces Grafana's intervals and a variable's All value", () => {
    expect(substituteVariables('rate(x{instance=~"$instance"}[$__rate_interval]) + y{i=~"${instance}"}', "1m", { instance: ".*" })).toBe(
      'rate(x{instance=~".*"}[1m]) + y{i=~".*"}',
    );
  });
});

describe("the Grafana dashboard", () => {
  const queries = dashboardQueries(dashboard);

  it("is importable with a datasource input used by every panel", () => {
    expect(dashboard.__inputs).toEqual([expect.objectContaining({ name: "DS_PROMETHEUS", type: "datasource", pluginId: "prometheus" })]);
    const panels = dashboard.panels.filter((panel: { type: string }) => panel.type !== "row");
    expect(panels.length).toBeGreaterThan(0);
    for (const panel of panels) expect(panel.datasource, panel.title).toEqual({ type: "prometheus", uid: "${DS_PROMETHEUS}" });
    const ids = dashboard.panels.map((panel: { id: number }) => panel.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has panels for requests, errors, latency, syncs, queue, matches, webhooks and memory", () => {
    const exprs = queries.map((q) => q.expr).join("\n");
    for (const metric of [
      "hireflow_http_requests_total",
      "hireflow_http_request_duration_seconds_bucket",
      "hireflow_sync_runs_total",
      "hireflow_sync_records_total",
      "hireflow_sync_last_success_timestamp_seconds",
      "hireflow_queue_depth",
      "hireflow_queue_oldest_due_seconds",
      "hireflow_matches_stored",
      "hireflow_webhook_deliveries_total",
      "process_resident_memory_bytes",
    ]) {
      expect(exprs).toContain(metric);
    }
    for (const quantile of ["0.5", "0.95", "0.99"]) expect(exprs).toContain(`histogram_quantile(${quantile}, sum by (le)`);
  });

  it("reads only declared metrics, and no variable is left after substitution", async () => {
    const declared = await declaredNames();
    expect(queries.length).toBeGreaterThan(30);
    for (const query of queries) {
      expect(query.expr, query.name).not.toContain("$");
      const names = metricNames(query.expr);
      expect(names.length, query.name).toBeGreaterThan(0);
      for (const name of names) expect(declared.has(name), `${query.name} reads ${name}`).toBe(true);
    }
  });
});

describe("the alert rules", () => {
  it("read only declared metrics", async () => {
    const declared = await declaredNames();
    const names = metricNames(alertRules);
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(declared.has(name), `alerts.yml reads ${name}`).toBe(true);
  });
});
