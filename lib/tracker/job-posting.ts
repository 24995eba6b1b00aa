// The bookmarklet embeds these two functions' source text (lib/tracker/bookmarklet.ts), so each
// must be self-contained: no imports, no module constants, no helpers outside its own body, and
// plain syntax that needs no compiler helper.

/** What a job page's schema.org JobPosting says, flattened for the "add a job found elsewhere" form. */
export type PostingFields = { title: string; company: string; location: string; url: string; description: string };

/**
 * Finds the first schema.org JobPosting in a page's JSON-LD blocks (top level, in arrays, in
 * `@graph` or nested under another node) and flattens it; null when there is none. HTML
 * descriptions become plain text; the page URL stands in when the posting names none.
 */
export function extractJobPosting(jsonLdBlocks: string[], pageUrl: string): PostingFields | null {
  function isPosting(node: Record<string, unknown>): boolean {
    const types = Array.isArray(node["@type"]) ? (node["@type"] as unknown[]) : [node["@type"]];
    for (let i = 0; i < types.length; i++) {
      if (typeof types[i] === "string" && /(^|[:/#])JobPosting$/.test(types[i] as string)) return true;
    }
    return false;
  }
  function findPosting(node: unknown, depth: number): Record<string, unknown> | null {
    if (!node || typeof node !== "object" || depth > 8) return null;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const inItem = findPosting(node[i], depth + 1);
        if (inItem) return inItem;
      }
      return null;
    }
    const record = node as Record<string, unknown>;
    if (isPosting(record)) return record;
    const keys = Object.keys(record);
    for (let k = 0; k < keys.length; k++) {
      const inValue = findPosting(record[keys[k]], depth + 1);
      if (inValue) return inValue;
    }
    return null;
  }
  function decodeEntities(text: string): string {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", bull: "•", euro: "€", pound: "£", copy: "©" };
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (whole: string, name: string) {
      if (name.charAt(0) === "#") {
        const code = name.charAt(1).toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      const found = named[name.toLowerCase()];
      return found === undefined ? whole : found;
    });
  }
  function htmlToText(html: string): string {
    let text = html;
    // Descriptions are often HTML escaped inside the JSON: decode once first when no real tag is there.
    if (!/<[a-z][^>]*>/i.test(text) && /&lt;[a-z]/i.test(text)) text = decodeEntities(text);
    text = text
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<li[^>]*>/gi, "\n- ")
      .replace(/<\/(p|div|ul|ol|h[1-6]|tr|section|article)>/gi, "\n")
      .replace(/<[^>]*>/g, "");
    text = decodeEntities(text);
    const lines = text.split("\n");
    const kept: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].replace(/[ \t\u00a0]+/g, " ").trim();
      if (line || (kept.length > 0 && kept[kept.length - 1] !== "")) kept.push(line);
    }
    return kept.join("\n").trim();
  }
  function textOf(value: unknown): string {
    if (typeof value === "string") return value.trim();
    if (typeof value === "number") return String(value);
    if (Array.isArray(value)) return value.length ? textOf(value[0]) : "";
    if (value && typeof value === "object") {
      const record = value as Record<string, unknown>;
      return textOf(record.name !== undefined ? record.name : record["@value"]);
    }
    return "";
  }
  function placeOf(place: unknown): string {
    if (!place || typeof place !== "object") return textOf(place);
    const address = (place as Record<string, unknown>).address;
    if (!address || typeof address !== "object") return textOf(address) || textOf(place);
    const a = Array.isArray(address) ? (address[0] as Record<string, unknown>) : (address as Record<string, unknown>);
    if (!a || typeof a !== "object") return textOf(a);
    const parts = [textOf(a.addressLocality), textOf(a.addressRegion), textOf(a.addressCountry)];
    const unique: string[] = [];
    for (let i = 0; i < parts.length; i++) if (parts[i] && unique.indexOf(parts[i]) < 0) unique.push(parts[i]);
    return unique.join(", ");
  }
  function locationOf(posting: Record<string, unknown>): string {
    const places = Array.isArray(posting.jobLocation) ? (posting.jobLocation as unknown[]) : posting.jobLocation ? [posting.jobLocation] : [];
    const names: string[] = [];
    for (let i = 0; i < places.length; i++) {
      const name = placeOf(places[i]);
      if (name && names.indexOf(name) < 0) names.push(name);
    }
    const remote = /TELECOMMUTE/i.test(textOf(posting.jobLocationType));
    const allowedFrom = textOf(posting.applicantLocationRequirements);
    if (remote) names.push(names.length ? "remote possible" : allowedFrom ? "Remote (" + allowedFrom + ")" : "Remote");
    return names.join("; ");
  }
  function absoluteUrl(value: string): string {
    try {
      const url = new URL(value, pageUrl);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
    } catch {
      return "";
    }
  }

  let posting: Record<string, unknown> | null = null;
  for (let b = 0; b < jsonLdBlocks.length && !posting; b++) {
    try {
      posting = findPosting(JSON.parse(jsonLdBlocks[b]), 0);
    } catch {
      // A broken block on the page is not our business: try the next one.
    }
  }
  if (!posting) return null;
  return {
    title: htmlToText(textOf(posting.title) || textOf(posting.name)),
    company: htmlToText(textOf(posting.hiringOrganization)),
    location: locationOf(posting),
    url: absoluteUrl(textOf(posting.url)) || absoluteUrl(pageUrl),
    description: htmlToText(textOf(posting.description)),
  };
}

/**
 * The query string that prefills /portal/applications/new: each field capped, and the
 * description cut (with "…") so the whole encoded query stays within `maxLength` characters.
 */
export function prefillQuery(fields: PostingFields, maxLength: number): string {
  function clip(text: string, length: number): string {
    if (text.length <= length) return text;
    let end = length;
    // Never split a surrogate pair: encodeURIComponent throws on half of one.
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end -= 1;
    return text.slice(0, end);
  }
  function encode(description: string): string {
    const pairs = [
      ["title", clip(fields.title, 300)],
      ["company", clip(fields.company, 200)],
      ["location", clip(fields.location, 200)],
      ["url", clip(fields.url, 2000)],
      ["description", description],
    ];
    const parts: string[] = [];
    for (let i = 0; i < pairs.length; i++) if (pairs[i][1]) parts.push(pairs[i][0] + "=" + encodeURIComponent(pairs[i][1]));
    return parts.join("&");
  }
  const full = encode(fields.description);
  if (full.length <= maxLength) return full;
  // Binary search for the longest description prefix that fits once encoded.
  let low = 0;
  let high = fields.description.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (encode(clip(fields.description, middle) + "…").length <= maxLength) low = middle;
    else high = middle - 1;
  }
  return low > 0 ? encode(clip(fields.description, low).trimEnd() + "…") : encode("");
}
