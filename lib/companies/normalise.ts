// Legal forms dropped when comparing company names. JS's \b only knows ASCII letters, so the
// boundaries are spelled out with Unicode letter classes to work for Cyrillic forms too.
const legalSuffixes =
  /(?<![\p{L}\p{N}])(incorporated|inc|llc|llp|ltd|limited|plc|gmbh|ag|se|corp|corporation|co|company|sa|sas|bv|nv|oy|ab|ооо|оао|зао|пао|ао|ип)(?![\p{L}\p{N}])\.?/giu;

/** The key companies are merged on: "Bluefin Payments Ltd." and "bluefin payments" are one. */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[«»"'`“”„]/g, "")
    .replace(legalSuffixes, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
