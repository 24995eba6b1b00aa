const namedEntities: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ndash: "–", mdash: "—", hellip: "…", bull: "•", middot: "·", laquo: "«", raquo: "»",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", sbquo: "‚", bdquo: "„",
  copy: "©", reg: "®", trade: "™", deg: "°", times: "×", divide: "÷", plusmn: "±",
  euro: "€", pound: "£", yen: "¥", cent: "¢", sect: "§", para: "¶", shy: "",
  eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â", auml: "ä",
  ouml: "ö", uuml: "ü", szlig: "ß", ccedil: "ç", ntilde: "ñ", oacute: "ó", iacute: "í", uacute: "ú",
};

const entityPattern = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const escapedTagPattern = /&(?:amp;)*lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^&]*?)?\/?&(?:amp;)*gt;/;
const blockTagPattern = /<\/?(?:p|div|br|h[1-6]|ul|ol|tr|table|section|article|header|footer|blockquote|pre|hr|dl|dt|dd)\b[^>]*>/gi;
const listItemPattern = /<li\b[^>]*>/gi;
const anyTagPattern = /<\/?[a-zA-Z][^>]*>/g;
const scriptOrStylePattern = /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi;
const commentPattern = /<!--[\s\S]*?-->/g;

export function decodeEntities(text: string): string {
  return text.replace(entityPattern, (match, name: string) => {
    if (name[0] === "#") {
      const hex = name[1] === "x" || name[1] === "X";
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return namedEntities[name] ?? namedEntities[name.toLowerCase()] ?? match;
  });
}

/**
 * HTML or entity-escaped HTML (Greenhouse sends `&lt;p&gt;`) to readable plain text:
 * block elements become line breaks, list items "• " lines, inline tags vanish.
 */
export function cleanText(input: string | null | undefined): string {
  if (!input) return "";
  let html = input;
  // Escaped markup is unescaped until real tags appear; at most three layers deep.
  for (let layer = 0; layer < 3 && escapedTagPattern.test(html); layer++) {
    html = decodeEntities(html);
  }
  const text = html
    .replace(commentPattern, "")
    .replace(scriptOrStylePattern, "")
    .replace(listItemPattern, "\n• ")
    .replace(blockTagPattern, "\n")
    .replace(anyTagPattern, "");
  return foldWhitespace(decodeEntities(text));
}

export function foldWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[^\S\n]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** One-line variant for titles and names. */
export function cleanInline(input: string | null | undefined): string {
  return cleanText(input).replace(/\s+/g, " ");
}
