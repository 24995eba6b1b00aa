export const payPeriods = ["hour", "day", "week", "month", "year"] as const;
export type PayPeriod = (typeof payPeriods)[number];

// The convention Google's Cloud Talent Solution uses (see FORMATS.md).
const periodsPerYear: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

export interface AnnualRange {
  minAnnual: number | null;
  maxAnnual: number | null;
}

function positiveAmount(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const amount = typeof value === "number" ? value : Number(value);
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

/** Annual whole-unit range from a quoted range; null when neither end is a positive number. */
export function annualiseSalary(input: {
  min?: number | string | null;
  max?: number | string | null;
  period: PayPeriod;
}): AnnualRange | null {
  const factor = periodsPerYear[input.period];
  let min = positiveAmount(input.min);
  let max = positiveAmount(input.max);
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return {
    minAnnual: min === null ? null : Math.round(min * factor),
    maxAnnual: max === null ? null : Math.round(max * factor),
  };
}

const periodAliases: Record<string, PayPeriod> = {
  hour: "hour", hours: "hour", hourly: "hour", "per-hour-wage": "hour",
  day: "day", daily: "day", shift: "day", "per-day-wage": "day",
  week: "week", weekly: "week", "per-week-salary": "week",
  month: "month", monthly: "month", "per-month-salary": "month",
  year: "year", yearly: "year", annual: "year", annually: "year", "per-year-salary": "year",
};

/** Reads the many spellings sources use ("HOUR", "per-hour-wage", "monthly"...). */
export function parsePayPeriod(value: string | null | undefined): PayPeriod | null {
  if (!value) return null;
  return periodAliases[value.trim().toLowerCase()] ?? null;
}

const currencyAliases: Record<string, string> = {
  RUR: "RUB", BYR: "BYN", "£": "GBP", $: "USD", "€": "EUR", "₽": "RUB", "₸": "KZT", "₴": "UAH",
};

/** ISO 4217 upper-case code; HeadHunter still says "RUR" for the rouble. */
export function normaliseCurrency(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim().toUpperCase();
  const code = currencyAliases[trimmed] ?? trimmed;
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

const currencyByCountry: Record<string, string> = {
  GB: "GBP", US: "USD", CA: "CAD", AU: "AUD", NZ: "NZD", IN: "INR", SG: "SGD", ZA: "ZAR",
  BR: "BRL", MX: "MXN", PL: "PLN", CH: "CHF", RU: "RUB", BY: "BYN", KZ: "KZT", UZ: "UZS",
  GE: "GEL", KG: "KGS", AM: "AMD", AZ: "AZN", UA: "UAH", SE: "SEK", NO: "NOK", DK: "DKK",
  CZ: "CZK", TR: "TRY", AE: "AED", JP: "JPY", IL: "ILS", RS: "RSD",
  DE: "EUR", FR: "EUR", NL: "EUR", IT: "EUR", ES: "EUR", AT: "EUR", BE: "EUR", IE: "EUR",
  PT: "EUR", FI: "EUR", GR: "EUR", CY: "EUR", LV: "EUR", LT: "EUR", EE: "EUR", SK: "EUR",
};

/** The currency a source quotes in when it names only the country (Adzuna, JSearch). */
export function currencyForCountry(countryCode: string | null | undefined): string | null {
  return countryCode ? (currencyByCountry[countryCode.toUpperCase()] ?? null) : null;
}
