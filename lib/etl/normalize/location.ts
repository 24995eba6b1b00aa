import { canadianProvinces, citiesByCountry, countryNames, usStates, districtCities } from "./location-data";

export interface StandardLocation {
  display: string | null;
  city: string | null;
  region: string | null;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCode: string | null;
  remote: boolean;
}

export interface LocationInput {
  /** Free text as the source shows it: "Remote - US", "San Francisco, CA", "Москва". */
  text?: string | null;
  /** Administrative levels from broad to narrow, country first (Adzuna's `area`). */
  levels?: string[] | null;
  city?: string | null;
  region?: string | null;
  /** A country name or code. */
  country?: string | null;
  remote?: boolean | null;
  /** The source's home country, used when nothing else names one. */
  defaultCountryCode?: string | null;
}

const lookupKey = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ").replace(/\.$/, "");

function invert(table: Record<string, string[]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of Object.entries(table)) {
    for (const name of names) map.set(lookupKey(name), code);
  }
  return map;
}

const countryByName = invert(countryNames);
const countryByCity = invert(citiesByCountry);
const usStateByName = new Map(Object.entries(usStates).map(([code, name]) => [lookupKey(name), code]));
const provinceByName = new Map(Object.entries(canadianProvinces).map(([code, name]) => [lookupKey(name), code]));

const remotePattern = /\b(?:remote|anywhere|work from home|wfh)\b|удал[её]нн/i;
const workplaceWordsPattern = /\b(?:remote|hybrid|on-?site|anywhere|work from home|wfh)\b|удал[её]нн\p{L}*/giu;

/** True when the text says the work is remote ("Fully Remote", "удалённая работа"). */
export function mentionsRemote(text: string | null | undefined): boolean {
  return text ? remotePattern.test(text) : false;
}

export function countryCodeOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const upper = trimmed.toUpperCase();
    return upper === "UK" ? "GB" : upper;
  }
  return countryByName.get(lookupKey(trimmed)) ?? null;
}

export function countryCodeOfCity(city: string | null | undefined): string | null {
  return city ? (countryByCity.get(lookupKey(withoutParenthetical(city))) ?? null) : null;
}

function withoutParenthetical(value: string): string {
  return value.replace(/\s*\([^)]*\)\s*/g, " ").trim();
}

/** Full region name and its country for a US state or Canadian province, by code or name. */
function knownRegion(value: string): { region: string; countryCode: string } | null {
  const key = lookupKey(value);
  const upper = value.trim().toUpperCase();
  const usCode = usStates[upper] ? upper : usStateByName.get(key);
  if (usCode) return { region: usStates[usCode], countryCode: "US" };
  const caCode = canadianProvinces[upper] ? upper : provinceByName.get(key);
  if (caCode) return { region: canadianProvinces[caCode], countryCode: "CA" };
  return null;
}

function fromLevels(levels: string[]): Omit<StandardLocation, "display" | "remote"> {
  const [country, region, ...rest] = levels.map((level) => level.trim()).filter(Boolean);
  const regionIsCity = region !== undefined && countryCodeOfCity(region) !== null;
  return {
    countryCode: countryCodeOf(country),
    region: region ?? null,
    city: regionIsCity ? region : (rest.at(-1) ?? null),
  };
}

function fromText(text: string): Omit<StandardLocation, "display" | "remote"> {
  const firstPlace = text.split(/;|\bor\b|\n/)[0];
  const parts = firstPlace
    .replace(workplaceWordsPattern, " ")
    .replace(/[()]/g, ",")
    .split(/,|\s[-–—|/]\s|\s*[|/]\s*/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && !/^[-–—:]+$/.test(part));
  let countryCode: string | null = null;
  let region: string | null = null;
  const city = parts.length > 1 || !countryCodeOf(parts[0]) ? (parts[0] ?? null) : null;
  const cityCountry = countryCodeOfCity(city);
  for (const part of parts.slice(city ? 1 : 0).reverse()) {
    const isCode = /^[A-Za-z]{2}$/.test(part);
    const regionMatch = knownRegion(part);
    if (isCode && cityCountry && cityCountry !== "US" && part.toUpperCase() === cityCountry) {
      countryCode ??= cityCountry;
    } else if (regionMatch && (!cityCountry || cityCountry === regionMatch.countryCode) && !region) {
      region = regionMatch.region;
      countryCode ??= regionMatch.countryCode;
    } else if (!countryCode && countryCodeOf(part)) {
      countryCode = countryCodeOf(part);
    } else if (!region) {
      region = part;
    }
  }
  return { city, region, countryCode: countryCode ?? cityCountry };
}

/**
 * One location shape from whatever a source sends: Adzuna's area levels, JSearch's
 * city/state/country fields, HeadHunter's area name, or Greenhouse/Lever free text.
 */
export function standardiseLocation(input: LocationInput): StandardLocation {
  const text = input.text?.trim() || null;
  let parsed: Omit<StandardLocation, "display" | "remote">;
  if (input.levels && input.levels.length > 0) {
    parsed = fromLevels(input.levels);
  } else if (input.city || input.region || input.country) {
    const regionMatch = input.region ? knownRegion(input.region) : null;
    parsed = {
      city: input.city?.trim() || null,
      region: regionMatch?.region ?? (input.region?.trim() || null),
      countryCode: countryCodeOf(input.country) ?? regionMatch?.countryCode ?? countryCodeOfCity(input.city),
    };
  } else if (text) {
    parsed = fromText(text);
  } else {
    parsed = { city: null, region: null, countryCode: null };
  }
  // A district ("Farringdon") is reported as its city, so postings of one office compare equal.
  if (parsed.city) parsed = { ...parsed, city: districtCities[parsed.city.toLowerCase()] ?? parsed.city };
  const remote = Boolean(input.remote) || (text !== null && remotePattern.test(text));
  const countryCode = parsed.countryCode ?? input.defaultCountryCode ?? null;
  const display = text ?? ([parsed.city, parsed.region, countryCode].filter(Boolean).join(", ") || null);
  return { display, city: parsed.city, region: parsed.region, countryCode, remote };
}
