const compact = (currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency, notation: "compact", maximumFractionDigits: 1 });

/** "£62K–£74K / yr", "from $90K / yr", or null when the job states no pay. */
export function formatSalary(min: number | null, max: number | null, currency: string | null): string | null {
  if (!currency || (min === null && max === null)) return null;
  let f: Intl.NumberFormat;
  try {
    f = compact(currency);
  } catch {
    return `${min ?? max} ${currency} / yr`;
  }
  if (min !== null && max !== null) return min === max ? `${f.format(min)} / yr` : `${f.format(min)}–${f.format(max)} / yr`;
  return min !== null ? `from ${f.format(min)} / yr` : `up to ${f.format(max!)} / yr`;
}

export function formatDate(date: Date | string | null): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(date));
}

export function humanise(value: string | null): string | null {
  return value ? value.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()) : null;
}
