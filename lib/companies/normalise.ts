const legalSuffixes = /\b(incorporated|inc|llc|ltd|limited|plc|gmbh|ag|corp|corporation|co|company|sa|bv|oy|ооо|оао|зао|пао)\b\.?/giu;

/** The key companies are merged on: "Bluefin Payments Ltd." and "bluefin payments" are one. */
export function normaliseCompanyName(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[«»"'`]/g, "")
    .replace(legalSuffixes, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
