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

/** Whether a code unit is JavaScript white space (`\s`) other than a line break. */
function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || c === 9 || c === 11 || c === 12;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Lines trimmed, runs of blanks within a line one space, at most one empty line in a row, no
 * blank start or end; "\r\n" and "\r" are line breaks. One pass over the text: it runs on every
 * description and title a sync transforms.
 */
export function foldWhitespace(text: string): string {
  let out = "";
  let breaks = 0;
  let blank = false;
  let wordStart = -1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && (c < 160 || !isBlank(c))) {
      if (wordStart < 0) {
        if (out.length > 0) out += breaks > 1 ? "\n\n" : breaks === 1 ? "\n" : blank ? " " : "";
        wordStart = i;
        breaks = 0;
        blank = false;
      }
      continue;
    }
    if (wordStart >= 0) {
      out += text.slice(wordStart, i);
      wordStart = -1;
    }
    if (c === 10) breaks += 1;
    else if (c === 13) {
      breaks += 1;
      if (text.charCodeAt(i + 1) === 10) i += 1;
    } else if (c === 32 || isBlank(c)) blank = true;
    else {
      // A control character that is not white space is text.
      if (out.length > 0) out += breaks > 1 ? "\n\n" : breaks === 1 ? "\n" : blank ? " " : "";
      wordStart = i;
      breaks = 0;
      blank = false;
    }
  }
  return wordStart >= 0 ? out + text.slice(wordStart) : out;
}

/** One-line variant for titles and names. */
export function cleanInline(input: string | null | undefined): string {
  return cleanText(input).replace(/\s+/g, " ");
}
