import type { CountryCode } from "./places";

export interface Company {
  name: string;
  /** Legal form as the company writes it; sources add or drop it. */
  legalSuffix: string;
  website: string;
  country: CountryCode;
}

export interface BoardCompany extends Company {
  /** Greenhouse board token or Lever site name. */
  token: string;
  weight: number;
}

const firstWords = ["Harbour", "Northwind", "Bluefin", "Copper", "Silverline", "Meadow", "Granite", "Brightpath", "Redkite", "Oakridge", "Lighthouse", "Summit"];
const secondWords = ["Analytics", "Payments", "Health", "Logistics", "Software", "Digital", "Energy", "Retail", "Labs", "Insurance"];
const ruFirst = ["Северный", "Волга", "Сибирь", "Орбита", "Восход", "Рубин", "Кедр", "Полярис"];
const ruSecond = ["Технологии", "Логистик", "Софт", "Финанс", "Ритейл", "Телеком", "Медиа", "Девелопмент"];
const suffixes: Record<CountryCode, readonly string[]> = {
  GB: ["Ltd", "Limited", "plc"],
  US: ["Inc.", "LLC", "Corp."],
  DE: ["GmbH", "AG", "SE"],
  RU: ["ООО", "АО", "ПАО"],
};

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** Companies for aggregator-only jobs: a fixed grid of names per country. */
export function companyAt(country: CountryCode, index: number): Company {
  if (country === "RU") {
    const name = `${ruFirst[index % ruFirst.length]} ${ruSecond[Math.floor(index / ruFirst.length) % ruSecond.length]}`;
    return { name, legalSuffix: suffixes.RU[index % 3], website: `https://${slug(`company${index}`)}.ru`, country };
  }
  const name = `${firstWords[index % firstWords.length]} ${secondWords[Math.floor(index / firstWords.length) % secondWords.length]}`;
  const tld = country === "GB" ? "co.uk" : country === "DE" ? "de" : "com";
  return { name, legalSuffix: suffixes[country][index % 3], website: `https://www.${slug(name)}.${tld}`, country };
}

export const companiesPerCountry = 80;

export const greenhouseBoards: readonly BoardCompany[] = [
  { token: "brightwave", name: "Brightwave", legalSuffix: "Inc.", website: "https://brightwave.io", country: "US", weight: 3 },
  { token: "kestrelhealth", name: "Kestrel Health", legalSuffix: "Inc.", website: "https://kestrelhealth.com", country: "US", weight: 2 },
  { token: "lumenpay", name: "LumenPay", legalSuffix: "Ltd", website: "https://lumenpay.co.uk", country: "GB", weight: 3 },
  { token: "northloop", name: "Northloop", legalSuffix: "Ltd", website: "https://northloop.com", country: "GB", weight: 1 },
  { token: "fernwerk", name: "Fernwerk", legalSuffix: "GmbH", website: "https://fernwerk.de", country: "DE", weight: 2 },
];

export const leverSites: readonly BoardCompany[] = [
  { token: "orbitly", name: "Orbitly", legalSuffix: "Inc.", website: "https://orbitly.com", country: "US", weight: 3 },
  { token: "copperleaf-analytics", name: "Copperleaf Analytics", legalSuffix: "Ltd", website: "https://copperleaf.ai", country: "GB", weight: 2 },
  { token: "skyforge", name: "Skyforge", legalSuffix: "GmbH", website: "https://skyforge.de", country: "DE", weight: 1 },
];
