// Text from mammoth's HTML of a DOCX, keeping what raw text loses: a table row's cells belong together.
const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&nbsp;": " " };

function inlineText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(?:p|h\d|li)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => entities[e])
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

const linesOf = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * A row of short single-line cells is a data row ("AWS | Expert | 9"); a row of long cells is
 * page layout (a two-column template built as a table), read one cell after the other so the
 * columns do not interleave.
 */
function rowText(rowHtml: string): string {
  const cells = [...rowHtml.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((m) => linesOf(inlineText(m[1])));
  const isDataRow = cells.every((c) => c.length <= 1 && (c[0]?.length ?? 0) <= 60);
  return isDataRow ? cells.map((c) => c[0] ?? "").join(" | ") : cells.map((c) => c.join("\n")).join("\n");
}

export function docxHtmlToText(html: string): string {
  const withRows = html.replace(/<tr[^>]*>([\s\S]*?)<\/tr>/gi, (_, row: string) => `<p>${rowText(row).replace(/\n/g, "</p><p>")}</p>`);
  return linesOf(inlineText(withRows.replace(/<\/?(?:table|tbody|thead)[^>]*>/gi, ""))).join("\n");
}
