import { describe, expect, it } from "vitest";
import { annualiseSalary, currencyForCountry, normaliseCurrency, parsePayPeriod } from "./salary";

describe("annualiseSalary", () => {
  it.each([
    ["hour", 25, 52_000],
    ["day", 300, 78_000],
    ["week", 1000, 52_000],
    ["month", 100_000, 1_200_000],
    ["year", 85_000, 85_000],
  ] as const)("annualises a %s rate", (period, amount, annual) => {
    expect(annualiseSalary({ min: amount, max: amount, period })).toEqual({ minAnnual: annual, maxAnnual: annual });
  });

  it("rounds to whole units", () => {
    expect(annualiseSalary({ min: 44493.92, max: 44493.92, period: "year" })).toEqual({ minAnnual: 44494, maxAnnual: 44494 });
    expect(annualiseSalary({ min: 17.335, max: null, period: "hour" })).toEqual({ minAnnual: 36057, maxAnnual: null });
  });

  it("keeps a from-only or to-only range open on the other end", () => {
    expect(annualiseSalary({ min: 150_000, max: null, period: "month" })).toEqual({ minAnnual: 1_800_000, maxAnnual: null });
    expect(annualiseSalary({ min: null, max: 60_000, period: "month" })).toEqual({ minAnnual: null, maxAnnual: 720_000 });
  });

  it("orders a reversed range", () => {
    expect(annualiseSalary({ min: 90, max: 50, period: "hour" })).toEqual({ minAnnual: 104_000, maxAnnual: 187_200 });
  });

  it("accepts numeric strings and ignores zero, negative and junk amounts", () => {
    expect(annualiseSalary({ min: "1000", max: "abc", period: "month" })).toEqual({ minAnnual: 12_000, maxAnnual: null });
    expect(annualiseSalary({ min: 0, max: -5, period: "year" })).toBeNull();
    expect(annualiseSalary({ min: null, max: undefined, period: "year" })).toBeNull();
  });
});

describe("parsePayPeriod", () => {
  it("reads the spellings of JSearch, Lever, HeadHunter and Lamoda", () => {
    expect(parsePayPeriod("HOUR")).toBe("hour");
    expect(parsePayPeriod("per-year-salary")).toBe("year");
    expect(parsePayPeriod("SHIFT")).toBe("day");
    expect(parsePayPeriod("month")).toBe("month");
    expect(parsePayPeriod("one-time")).toBeNull();
    expect(parsePayPeriod(null)).toBeNull();
  });
});

describe("normaliseCurrency", () => {
  it("turns HeadHunter's RUR into RUB and upper-cases codes", () => {
    expect(normaliseCurrency("RUR")).toBe("RUB");
    expect(normaliseCurrency(" usd ")).toBe("USD");
    expect(normaliseCurrency("£")).toBe("GBP");
  });

  it("rejects what is not a three-letter code", () => {
    expect(normaliseCurrency("dollars")).toBeNull();
    expect(normaliseCurrency("")).toBeNull();
  });
});

describe("currencyForCountry", () => {
  it("knows the currency of the countries our sources cover", () => {
    expect(currencyForCountry("GB")).toBe("GBP");
    expect(currencyForCountry("us")).toBe("USD");
    expect(currencyForCountry("DE")).toBe("EUR");
    expect(currencyForCountry("ZZ")).toBeNull();
  });
});
