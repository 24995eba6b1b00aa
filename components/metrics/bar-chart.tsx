"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; name: string; color: string };
export type ChartRow = Record<string, string | number | null>;

/** The chart palette (app/globals.css), in the order series take it. */
export const palette = [1, 2, 3, 4, 5, 6].map((n) => `var(--color-chart-${n})`);
export const goodColor = "var(--color-chart-good)";
export const badColor = "var(--color-chart-bad)";

const axisTick = { fontSize: 11, fill: "var(--color-chart-axis)" };

/**
 * Bars over categories, one bar per series (stacked when asked), vertical or horizontal; the
 * figure around it carries the text and table, so the chart takes no focus (accessibilityLayer off).
 */
export function SeriesBarChart({
  data,
  category,
  series,
  stacked = false,
  horizontal = false,
  allowDecimals = false,
}: {
  data: ChartRow[];
  category: string;
  series: ChartSeries[];
  stacked?: boolean;
  horizontal?: boolean;
  allowDecimals?: boolean;
}) {
  return (
    // A first size for the server render, before the container is measured in the browser.
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 480, height: 256 }}>
      <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 0, left: horizontal ? 8 : -12 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--color-chart-grid)" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={allowDecimals} tick={axisTick} stroke="var(--color-chart-grid)" />
            <YAxis type="category" dataKey={category} width={130} tick={axisTick} stroke="var(--color-chart-grid)" interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} tick={axisTick} stroke="var(--color-chart-grid)" minTickGap={8} />
            <YAxis allowDecimals={allowDecimals} tick={axisTick} stroke="var(--color-chart-grid)" />
          </>
        )}
        <Tooltip
          cursor={{ fill: "var(--color-chart-grid)", opacity: 0.4 }}
          contentStyle={{ background: "var(--color-chart-surface)", borderColor: "var(--color-chart-border)", color: "var(--color-chart-text)", fontSize: 12 }}
          labelStyle={{ color: "var(--color-chart-text)" }}
        />
        {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12, color: "var(--color-chart-text)" }} />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={stacked ? "stack" : undefined} isAnimationActive={false} maxBarSize={48} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
