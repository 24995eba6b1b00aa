import { describe, expect, it } from "vitest";
import { countryCodeOf, standardiseLocation } from "./location";

describe("standardiseLocation from Adzuna area levels", () => {
  it("reads a two-level London area", () => {
    expect(standardiseLocation({ levels: ["UK", "London"], text: "London, UK" })).toEqual({
      display: "London, UK", city: "London", region: "London", countryCode: "GB", remote: false,
    });
  });

  it("keeps London as the city of a four-level area", () => {
    const location = standardiseLocation({ levels: ["UK", "London", "Central London", "Farringdon"] });
    expect(location).toMatchObject({ city: "London", region: "London", countryCode: "GB" });
  });

  it("takes the narrowest level as the city outside known cities", () => {
    const location = standardiseLocation({ levels: ["US", "California", "Los Angeles County", "Pasadena"] });
    expect(location).toMatchObject({ city: "Pasadena", region: "California", countryCode: "US" });
  });
});

describe("standardiseLocation from structured fields (JSearch)", () => {
  it("expands a state code and keeps the country code", () => {
    expect(standardiseLocation({ city: "Chicago", region: "IL", country: "US", text: "Chicago, IL" })).toEqual({
      display: "Chicago, IL", city: "Chicago", region: "Illinois", countryCode: "US", remote: false,
    });
  });

  it("accepts a full state name and honours the remote flag", () => {
    const location = standardiseLocation({ city: "Chicago", region: "Illinois", country: "US", remote: true });
    expect(location).toMatchObject({ region: "Illinois", remote: true, display: "Chicago, Illinois, US" });
  });
});

describe("standardiseLocation from free text", () => {
  it.each([
    ["San Francisco, CA", { city: "San Francisco", region: "California", countryCode: "US", remote: false }],
    ["New York", { city: "New York", region: null, countryCode: "US", remote: false }],
    ["Remote - US", { city: null, region: null, countryCode: "US", remote: true }],
    ["Remote (Canada)", { city: null, countryCode: "CA", remote: true }],
    ["Berlin, DE", { city: "Berlin", region: null, countryCode: "DE" }],
    ["Toronto, ON", { city: "Toronto", region: "Ontario", countryCode: "CA" }],
    ["London, UK", { city: "London", countryCode: "GB" }],
    ["Paris, France; Remote", { city: "Paris", countryCode: "FR", remote: true }],
    ["Москва", { city: "Москва", countryCode: "RU" }],
    ["Минск", { city: "Минск", countryCode: "BY" }],
    ["Алматы", { city: "Алматы", countryCode: "KZ" }],
    ["Байконур (Кызылорд. обл)", { city: "Байконур", countryCode: "KZ" }],
    ["Кипр", { city: null, countryCode: "CY" }],
    ["Удалённая работа", { remote: true }],
  ] as const)("%s", (text, expected) => {
    expect(standardiseLocation({ text })).toMatchObject(expected);
  });

  it("falls back to the source's home country for an unknown town", () => {
    expect(standardiseLocation({ text: "Котласский район", defaultCountryCode: "RU" })).toMatchObject({ countryCode: "RU" });
    expect(standardiseLocation({ text: "Springfield" })).toMatchObject({ city: "Springfield", countryCode: null });
  });

  it("returns an empty location for no input", () => {
    expect(standardiseLocation({})).toEqual({ display: null, city: null, region: null, countryCode: null, remote: false });
  });
});

describe("countryCodeOf", () => {
  it("reads codes and names in several languages", () => {
    expect(countryCodeOf("UK")).toBe("GB");
    expect(countryCodeOf("us")).toBe("US");
    expect(countryCodeOf("Deutschland")).toBe("DE");
    expect(countryCodeOf("Россия")).toBe("RU");
    expect(countryCodeOf("Atlantis")).toBeNull();
  });
});
