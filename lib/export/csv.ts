// RFC 4180 CSV: CRLF line ends, a cell quoted when it holds a quote, comma or line break, quotes doubled.

/** One column of an export: its header and how to read its cell from a row. */
export type CsvColumn<T> = { header: string; value: (row: T) => unknown };

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;

/** A value as one CSV cell's text: lists joined by "; ", objects as JSON, text that looks like a formula made inert. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (typeof value === "string") {
    // A leading apostrophe makes spreadsheets show the text as text; the cell keeps every character.
    text = formulaStart.test(value) ? `'${value}` : value;
  } else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    text = String(value);
  } else if (value instanceof Date) {
    text = value.toISOString();
  } else if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) {
    return csvCell(value.map((v) => (v === null ? "" : String(v))).join("; "));
  } else {
    return csvCell(JSON.stringify(value));
  }
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record with its CRLF. */
export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export function csvHeader<T>(columns: CsvColumn<T>[]): string {
  return csvLine(columns.map((c) => c.header));
}

export function csvRows<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join("");
}
