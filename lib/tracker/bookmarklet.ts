import { extractJobPosting, prefillQuery } from "./job-posting";

/** Where the bookmarklet sends the seeker: the form for a job found elsewhere, prefilled from the query. */
export const newApplicationPath = "/portal/applications/new";

// Well under the 16 KB request-header limit of Node's HTTP server, the query included.
export const maxPrefillQueryLength = 6000;

/**
 * The `javascript:` URL of the "Save to Hireflow" bookmarklet for the app at `origin`. Run on a
 * job page in the seeker's own browser, it reads the page's JSON-LD JobPosting (or falls back to
 * the page's title and URL) and opens the prefilled form in a new tab; nothing is fetched by us.
 */
export function bookmarkletHref(origin: string): string {
  const target = `${origin.replace(/\/+$/, "")}${newApplicationPath}?`;
  const code = [
    "(function(){",
    `var extract=${extractJobPosting.toString()};`,
    `var query=${prefillQuery.toString()};`,
    "var blocks=Array.prototype.map.call(document.querySelectorAll('script[type=\"application/ld+json\"]'),function(s){return s.textContent||''});",
    "var fields=extract(blocks,location.href)||{title:document.title||'',company:'',location:'',url:location.href,description:''};",
    `window.open(${JSON.stringify(target)}+query(fields,${maxPrefillQueryLength}),'_blank','noopener');`,
    "})()",
  ].join("");
  return `javascript:${encodeURIComponent(code)}`;
}
