import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Rows of an O*NET tab-separated file, keyed by its header. */
export function readTsv(dir: string, file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(dir, "onet", file), "utf8").split(/\r?\n/);
  const names = header.split("\t");
  return lines.filter(Boolean).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]));
  });
}

/** Rows of an ESCO CSV (quoted fields may hold commas, quotes and newlines), keyed by its header. */
export function readCsv(dir: string, file: string): Record<string, string>[] {
  const text = readFileSync(join(dir, "esco", file), "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  const [header, ...body] = rows;
  return body.filter((cells) => cells.length > 1).map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
}

/** Lower-case words that ordinary prose uses: a product called one of these needs context to count. */
export function proseVocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text.match(/[A-Za-z][A-Za-z'-]*/g) ?? []) {
      if (word === word.toLowerCase()) words.add(word);
    }
  }
  return words;
}
