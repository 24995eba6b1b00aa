// Salaries in different currencies are compared through fixed, rounded rates to US dollars: a
// match must not change with the day's exchange rate, and a 5% rate error is below salary noise.
// A currency not in this table makes the salary part neutral, with a reason.
const usdPerUnit: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.13,
  CAD: 0.73,
  AUD: 0.66,
  NZD: 0.6,
  SEK: 0.095,
  NOK: 0.094,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  HUF: 0.0028,
  RON: 0.22,
  BGN: 0.55,
  TRY: 0.031,
  RUB: 0.011,
  UAH: 0.024,
  BYN: 0.31,
  KZT: 0.0021,
  GEL: 0.37,
  AMD: 0.0026,
  UZS: 0.00008,
  INR: 0.012,
  JPY: 0.0067,
  CNY: 0.14,
  SGD: 0.74,
  HKD: 0.128,
  AED: 0.27,
  ILS: 0.27,
  BRL: 0.18,
  MXN: 0.055,
  ZAR: 0.055,
};

/** The amount in another currency at the fixed rate, or null when either currency is unknown. */
export function convertSalary(amount: number, from: string, to: string): number | null {
  const a = usdPerUnit[from.toUpperCase()];
  const b = usdPerUnit[to.toUpperCase()];
  if (a === undefined || b === undefined) return null;
  return (amount * a) / b;
}
