export type CountryCode = "GB" | "US" | "DE" | "RU";

export interface City {
  name: string;
  region: string;
  /** Short region form: US state code, UK nation, German Land abbreviation. */
  regionCode: string;
  country: CountryCode;
  lat: number;
  lng: number;
  /** Adzuna's location.area below the country, 1 to 3 levels. */
  adzunaArea: readonly string[];
  /** HeadHunter area id, for Russian cities. */
  hhAreaId?: string;
  weight: number;
}

export interface Country {
  code: CountryCode;
  currency: string;
  adzunaCountry: string;
  adzunaRoot: string;
  /** Median yearly pay of a mid-level role, in whole currency units. */
  medianYearlyPay: number;
  cities: readonly City[];
}

const gb = (name: string, region: string, area: string[], lat: number, lng: number, weight: number): City =>
  ({ name, region, regionCode: region === "Scotland" ? "SCT" : "ENG", country: "GB", lat, lng, adzunaArea: area, weight });
const us = (name: string, region: string, regionCode: string, area: string[], lat: number, lng: number, weight: number): City =>
  ({ name, region, regionCode, country: "US", lat, lng, adzunaArea: area, weight });
const de = (name: string, region: string, regionCode: string, area: string[], lat: number, lng: number, weight: number): City =>
  ({ name, region, regionCode, country: "DE", lat, lng, adzunaArea: area, weight });
const ru = (name: string, region: string, hhAreaId: string, lat: number, lng: number, weight: number): City =>
  ({ name, region, regionCode: region, country: "RU", lat, lng, adzunaArea: [name], hhAreaId, weight });

export const countries: Record<CountryCode, Country> = {
  GB: {
    code: "GB", currency: "GBP", adzunaCountry: "gb", adzunaRoot: "UK", medianYearlyPay: 55000,
    cities: [
      gb("London", "England", ["London"], 51.5072, -0.1276, 7),
      gb("Farringdon", "England", ["London", "Central London", "Farringdon"], 51.5203, -0.1053, 2),
      gb("Shoreditch", "England", ["London", "East London", "Shoreditch"], 51.5265, -0.0786, 2),
      gb("Manchester", "England", ["North West England", "Manchester"], 53.4808, -2.2426, 4),
      gb("Leeds", "England", ["Yorkshire And The Humber", "West Yorkshire", "Leeds"], 53.8008, -1.5491, 2),
      gb("Bristol", "England", ["South West England", "Bristol"], 51.4545, -2.5879, 2),
      gb("Cambridge", "England", ["Eastern England", "Cambridgeshire", "Cambridge"], 52.2053, 0.1218, 2),
      gb("Edinburgh", "Scotland", ["Scotland", "Edinburgh"], 55.9533, -3.1883, 2),
    ],
  },
  US: {
    code: "US", currency: "USD", adzunaCountry: "us", adzunaRoot: "US", medianYearlyPay: 115000,
    cities: [
      us("New York", "New York", "NY", ["New York", "New York City"], 40.7128, -74.006, 8),
      us("San Francisco", "California", "CA", ["California", "San Francisco County", "San Francisco"], 37.7749, -122.4194, 6),
      us("Chicago", "Illinois", "IL", ["Illinois", "Cook County", "Chicago"], 41.8781, -87.6298, 4),
      us("Austin", "Texas", "TX", ["Texas", "Travis County", "Austin"], 30.2672, -97.7431, 4),
      us("Seattle", "Washington", "WA", ["Washington", "King County", "Seattle"], 47.6062, -122.3321, 4),
      us("Boston", "Massachusetts", "MA", ["Massachusetts", "Suffolk County", "Boston"], 42.3601, -71.0589, 3),
      us("Denver", "Colorado", "CO", ["Colorado", "Denver"], 39.7392, -104.9903, 2),
    ],
  },
  DE: {
    code: "DE", currency: "EUR", adzunaCountry: "de", adzunaRoot: "Deutschland", medianYearlyPay: 65000,
    cities: [
      de("Berlin", "Berlin", "BE", ["Berlin"], 52.52, 13.405, 8),
      de("München", "Bayern", "BY", ["Bayern", "München"], 48.1351, 11.582, 5),
      de("Hamburg", "Hamburg", "HH", ["Hamburg"], 53.5511, 9.9937, 4),
      de("Frankfurt am Main", "Hessen", "HE", ["Hessen", "Frankfurt am Main"], 50.1109, 8.6821, 3),
      de("Köln", "Nordrhein-Westfalen", "NW", ["Nordrhein-Westfalen", "Köln"], 50.9375, 6.9603, 3),
    ],
  },
  RU: {
    code: "RU", currency: "RUB", adzunaCountry: "ru", adzunaRoot: "Россия", medianYearlyPay: 2_400_000,
    cities: [
      ru("Москва", "Москва", "1", 55.7558, 37.6173, 8),
      ru("Санкт-Петербург", "Санкт-Петербург", "2", 59.9343, 30.3351, 6),
      ru("Новосибирск", "Новосибирская область", "4", 55.0084, 82.9357, 2),
      ru("Екатеринбург", "Свердловская область", "3", 56.8389, 60.6057, 2),
      ru("Казань", "Республика Татарстан", "88", 55.7961, 49.1064, 2),
      ru("Нижний Новгород", "Нижегородская область", "66", 56.2965, 43.9361, 1),
      ru("Краснодар", "Краснодарский край", "53", 45.0355, 38.9753, 1),
    ],
  },
};
