import { z } from "zod";

// What the CI Prometheus check asks: every query of the Grafana dashboard, and every alert
// expression with its thresholds turned into `bool` comparisons (0 or 1 per series), so that a
// healthy app still answers with data and an empty answer means a missing or misnamed metric.

export type NamedQuery = { name: string; expr: string };

type Panel = { title?: string; targets?: { expr?: string; refId?: string }[]; panels?: Panel[] };
const panelSchema: z.ZodType<Panel> = z.lazy(() =>
  z.object({
    title: z.string().optional(),
    targets: z.array(z.object({ expr: z.string().optional(), refId: z.string().optional() })).optional(),
    panels: z.array(panelSchema).optional(),
  }),
);
const dashboardSchema = z.object({
  panels: z.array(panelSchema),
  templating: z
    .object({
      list: z.array(
        z.object({
          name: z.string(),
          type: z.string(),
          allValue: z.string().optional(),
          query: z.union([z.string(), z.object({ query: z.string() })]).optional(),
        }),
      ),
    })
    .optional(),
});

/** Replaces Grafana's variables: range intervals by `window`, a multi-value variable by its "All" value. */
export function substituteVariables(expr: string, window: string, allValues: Record<string, string>): string {
  let out = expr.replace(/\$__(rate_interval|interval|range)\b|\$\{__(rate_interval|interval|range)\}/g, window);
  for (const [name, value] of Object.entries(allValues)) {
    out = out.replace(new RegExp(`\\$\\{${name}\\}|\\$${name}\\b`, "g"), value);
  }
  return out;
}

/** The selector a `label_values(selector, label)` variable query reads. */
function variableSelector(query: string): string | undefined {
  const match = /^\s*label_values\((.+),\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$/s.exec(query);
  return match?.[1].trim();
}

/** Every PromQL expression in a dashboard (panel targets, nested row panels, query variables), ready to run. */
export function dashboardQueries(json: unknown, window = "1m"): NamedQuery[] {
  const dashboard = dashboardSchema.parse(json);
  const variables = dashboard.templating?.list ?? [];
  const allValues = Object.fromEntries(variables.filter((v) => v.allValue !== undefined).map((v) => [v.name, v.allValue as string]));
  const queries: NamedQuery[] = [];
  for (const variable of variables) {
    if (variable.type !== "query" || variable.query === undefined) continue;
    const text = typeof variable.query === "string" ? variable.query : variable.query.query;
    const selector = variableSelector(text);
    if (selector) queries.push({ name: `variable $${variable.name}`, expr: substituteVariables(selector, window, allValues) });
  }
  const walk = (panels: Panel[]) => {
    for (const panel of panels) {
      for (const target of panel.targets ?? []) {
        if (!target.expr) continue;
        queries.push({ name: `panel "${panel.title ?? "untitled"}" ${target.refId ?? ""}`.trim(), expr: substituteVariables(target.expr, window, allValues) });
      }
      walk(panel.panels ?? []);
    }
  };
  walk(dashboard.panels);
  return queries;
}

/**
 * The expression with every comparison made a `bool` one (`x > 0.05` becomes `x > bool 0.05`),
 * so it answers 0 or 1 for each series instead of dropping those under the threshold. Label
 * matchers (`{status=~"5.."}`) and strings are left alone.
 */
export function withoutThresholds(expr: string): string {
  let out = "";
  let braces = 0;
  let quote: string | null = null;
  for (let i = 0; i < expr.length; i++) {
    const char = expr[i];
    if (quote) {
      out += char;
      if (char === "\\") out += expr[++i] ?? "";
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'" || char === "`") quote = char;
    else if (char === "{") braces++;
    else if (char === "}") braces--;
    else if (braces === 0) {
      const operator = /^(==|!=|>=|<=|>|<)/.exec(expr.slice(i))?.[1];
      if (operator) {
        out += operator;
        i += operator.length - 1;
        if (!/^\s*bool\b/.test(expr.slice(i + 1))) out += " bool";
        continue;
      }
    }
    out += char;
  }
  return out;
}

/** Metric names a PromQL expression reads (hireflow_*, process_*, nodejs_*, up). */
export function metricNames(expr: string): string[] {
  const names = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""').match(/\b(?:hireflow|process|nodejs)_[a-zA-Z0-9_]+\b|\bup\b(?=\s*[{[])/g);
  return [...new Set(names ?? [])];
}
