"use client";

import { useId, useState, type ReactNode } from "react";

export type FigureTable = { columns: string[]; rows: (string | number)[][] };

/**
 * A chart as a labelled figure: title and one-line summary in the caption, the chart itself
 * hidden from screen readers, and a "Show data table" toggle revealing a real table of the same numbers.
 */
export function ChartFigure({ title, summary, table, empty, children }: { title: string; summary: string; table: FigureTable; empty?: string; children: ReactNode }) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const isEmpty = table.rows.length === 0;
  return (
    <figure aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} className="rounded-xl border border-chart-border bg-chart-surface p-5 text-chart-text shadow-sm">
      <figcaption className="mb-3">
        <h3 id={`${id}-title`} className="text-sm font-semibold">
          {title}
        </h3>
        <p id={`${id}-summary`} className="mt-0.5 text-xs text-chart-muted">
          {isEmpty ? (empty ?? "No data in this range.") : summary}
        </p>
      </figcaption>
      {isEmpty ? (
        <div className="flex h-40 items-center justify-center rounded-lg border border-dashed border-chart-border text-sm text-chart-muted">{empty ?? "No data in this range."}</div>
      ) : (
        <>
          <div aria-hidden="true" className="h-64 w-full">
            {children}
          </div>
          <button
            type="button"
            aria-expanded={showTable}
            aria-controls={`${id}-table`}
            onClick={() => setShowTable((shown) => !shown)}
            className="mt-3 text-xs font-medium text-chart-1 underline-offset-2 hover:underline"
          >
            {showTable ? "Hide data table" : "Show data table"}
          </button>
          <div id={`${id}-table`} hidden={!showTable} className="mt-2 max-h-72 overflow-auto">
            <table className="w-full text-left text-xs">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="border-b border-chart-border">
                  {table.columns.map((column) => (
                    <th key={column} scope="col" className="px-2 py-1 font-semibold">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i} className="border-b border-chart-border last:border-0">
                    {row.map((cell, j) =>
                      j === 0 ? (
                        <th key={j} scope="row" className="px-2 py-1 font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={j} className="px-2 py-1 tabular-nums">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
