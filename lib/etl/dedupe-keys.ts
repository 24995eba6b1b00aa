import { createHash } from "node:crypto";
import { normaliseCompanyName } from "@/lib/companies/normalise";
import type { CanonicalJob } from "./canonical";

// Keys the load stage merges duplicates on. Each folds away the variation the same posting
// shows across boards: case, punctuation, "Sr."/"Senior", legal suffixes, tracking params.

const titleSynonyms: Array<[RegExp, string]> = [
  [/\bsr\b\.?/g, "senior"],
  [/\bjr\b\.?/g, "junior"],
  [/\bmid-?level\b/g, "middle"],
  [/\beng\b\.?/g, "engineer"],
  [/\bdev\b\.?/g, "developer"],
  [/\bmgr\b\.?/g, "manager"],
  [/\bswe\b/g, "software engineer"],
];

// Work-mode and gender tags boards add to the same posting: "- Remote", "(m/w/d)", "| Hybrid".
const titleNoise = /(\s[-–—|:]\s*|\s*\(\s*)(remote|hybrid|on-?site|удал[её]нно|удаленная работа)(\s*\))?\s*$|\b(m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|m\/f)\b/giu;

export function normaliseTitle(title: string): string {
  let t = title.normalize("NFKC").toLowerCase().replace(titleNoise, " ");
  for (const [pattern, replacement] of titleSynonyms) t = t.replace(pattern, replacement);
  return t
    .replace(/[^\p{L}\p{N}+#]+/gu, " ")
    .trim();
}

export function normaliseLocation(job: Pick<CanonicalJob, "location">): string {
  const { city, countryCode, remote } = job.location;
  if (remote && !city) return `remote ${countryCode ?? ""}`.trim();
  return [city?.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim(), countryCode?.toLowerCase()].filter(Boolean).join(" ");
}

/** Same normalised title + company + location: a duplicate when posted within 7 days. */
export function titleCompanyLocationKey(job: CanonicalJob): string | null {
  if (!job.companyName) return null;
  return `${normaliseTitle(job.title)}|${normaliseCompanyName(job.companyName)}|${normaliseLocation(job)}`;
}

const trackingParams = /^(utm_[a-z]+|ref|source|src|gh_src|lever-source|fbclid|gclid|se|v|adref)$/i;

/** Apply URL without scheme, "www.", tracking parameters or a trailing slash. */
export function applyUrlKey(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    const kept = [...u.searchParams.entries()].filter(([k]) => !trackingParams.test(k)).sort(([a], [b]) => a.localeCompare(b));
    const query = kept.length ? `?${new URLSearchParams(kept)}` : "";
    return `${u.hostname.replace(/^www\./, "")}${u.pathname.replace(/\/+$/, "")}${query}`.toLowerCase();
  } catch {
    return null;
  }
}

/** Changes when anything the catalogue shows changes; an unchanged record is not rewritten. */
export function contentHashOf(record: object): string {
  return createHash("sha1").update(JSON.stringify(record)).digest("base64url");
}
