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

interface NameStyle {
  first: readonly string[];
  second: readonly string[];
  third: readonly string[];
}

// Three-word names ("Granite Payments Group", "Волга Софт Плюс"): every index below the style's
// capacity gets its own name, so employers scale with volume. No word is a legal form the app strips.
const englishStyle: NameStyle = {
  first: [
    "Harbour", "Northwind", "Bluefin", "Copper", "Silverline", "Meadow", "Granite", "Brightpath", "Redkite", "Oakridge",
    "Lighthouse", "Summit", "Ironbridge", "Foxglove", "Riverside", "Blackwood", "Starling", "Cobalt", "Evergreen", "Highgate",
    "Kingfisher", "Larkspur", "Maple", "Nightingale", "Orchard", "Pinecrest", "Quarry", "Rowan", "Saltmarsh", "Thistle",
    "Upland", "Westbrook", "Willow", "Ashford", "Beacon", "Cedar", "Driftwood", "Falcon", "Glenmore", "Hawthorn",
  ],
  second: [
    "Analytics", "Payments", "Health", "Logistics", "Software", "Digital", "Energy", "Retail", "Insurance", "Robotics",
    "Media", "Security", "Mobility", "Foods", "Finance", "Learning", "Travel", "Biotech", "Cloud", "Commerce",
    "Data", "Networks", "Telecom", "Capital", "Freight", "Pharma", "Engineering", "Marketing", "Property", "Gaming",
    "Fintech", "Devices", "Materials", "Consulting", "Labs", "Hospitality",
  ],
  third: [
    "Group", "Partners", "Systems", "Solutions", "Holdings", "Works", "Studio", "Collective", "Technologies", "Services",
    "Ventures", "Industries", "International", "Hub", "Exchange", "Network", "Alliance", "Foundry", "Dynamics", "Global",
  ],
};

const germanStyle: NameStyle = {
  first: [
    "Nordstern", "Rheinland", "Alpen", "Hansa", "Isar", "Elbe", "Spree", "Main", "Weser", "Brocken",
    "Eichen", "Lindenhof", "Falkner", "Sonnen", "Bergkamm", "Seeblick", "Taunus", "Harz", "Donau", "Mosel",
    "Kranich", "Fichtel", "Ostwind", "Westfalen", "Neckar", "Ruhrtal", "Zugspitz", "Bodensee", "Wartburg", "Altmark",
  ],
  second: [
    "Logistik", "Software", "Energie", "Versicherung", "Medizintechnik", "Digital", "Handel", "Systeme", "Finanz", "Maschinenbau",
    "Datentechnik", "Automotive", "Pharma", "Bau", "Telekom", "Immobilien", "Robotik", "Analytics", "Cloud", "Mobilität",
    "Lebensmittel", "Chemie", "Consulting", "Medien", "Umwelttechnik", "Elektronik", "Verkehr", "Sicherheit", "Reisen", "Bildung",
  ],
  third: [
    "Gruppe", "Partner", "Werke", "Forum", "Solutions", "Holding", "Services", "Labs", "Kontor", "Manufaktur",
    "Netzwerk", "Verbund", "Zentrum", "Plattform", "Studio", "Union",
  ],
};

const russianStyle: NameStyle = {
  first: [
    "Северный", "Волга", "Сибирь", "Орбита", "Восход", "Рубин", "Кедр", "Полярис", "Алтай", "Байкал",
    "Вектор", "Гранит", "Дельта", "Енисей", "Заря", "Изумруд", "Кристалл", "Ладога", "Меридиан", "Нева",
    "Омега", "Пульсар", "Радуга", "Сапфир", "Таврия", "Урал", "Феникс", "Хорс", "Янтарь", "Арктика",
    "Бриз", "Гелиос", "Днепр", "Зенит", "Иртыш", "Кама", "Лотос", "Мира", "Нордик", "Обь",
  ],
  second: [
    "Технологии", "Логистик", "Софт", "Финанс", "Ритейл", "Телеком", "Медиа", "Девелопмент", "Трейд", "Инжиниринг",
    "Системс", "Дата", "Фарм", "Агро", "Строй", "Энерго", "Транс", "Маркет", "Сервис", "Консалт",
    "Лаб", "Диджитал", "Капитал", "Авто", "Пром", "Фуд", "Медикал", "Нефтегаз", "Инвест", "Экспресс",
    "Электроникс", "Тех", "Гейм", "Клауд", "Робо", "Тревел",
  ],
  third: [
    "Плюс", "Групп", "Холдинг", "Партнёр", "Центр", "Альянс", "Экспертиза", "Решения", "Проект", "Интеграция",
    "Лидер", "Стандарт", "Эксперт", "Прайм", "Профи", "Регион", "Союз", "Вектор", "Юнион", "Сеть",
  ],
};

const styles: Record<CountryCode, NameStyle> = { GB: englishStyle, US: englishStyle, DE: germanStyle, RU: russianStyle };

const suffixes: Record<CountryCode, readonly string[]> = {
  GB: ["Ltd", "Limited", "plc"],
  US: ["Inc.", "LLC", "Corp."],
  DE: ["GmbH", "AG", "SE"],
  RU: ["ООО", "АО", "ПАО"],
};

/** Distinct company names a country can have before `companyAt` repeats them. */
export function companyCapacity(country: CountryCode): number {
  const { first, second, third } = styles[country];
  return first.length * second.length * third.length;
}

function slug(text: string): string {
  const ascii = text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  return ascii.replace(/[^a-z0-9]+/g, "");
}

/**
 * The employer with this index in a country. Indices are spread over the name grid by a fixed
 * permutation, so neighbouring indices do not read alike; below `companyCapacity` names are unique.
 */
export function companyAt(country: CountryCode, index: number): Company {
  const { first, second, third } = styles[country];
  const capacity = companyCapacity(country);
  const spread = Number((BigInt(index % capacity) * BigInt(spreadStride(capacity)) + 7n) % BigInt(capacity));
  const a = spread % first.length;
  const b = Math.floor(spread / first.length) % second.length;
  const c = Math.floor(spread / (first.length * second.length));
  const words = [first[a], second[b], third[c]];
  const name = words.join(" ");
  const legalSuffix = suffixes[country][index % 3];
  if (country === "RU") return { name, legalSuffix, website: `https://company${index}.ru`, country };
  const tld = country === "GB" ? "co.uk" : country === "DE" ? "de" : "com";
  return { name, legalSuffix, website: `https://www.${slug(name)}.${tld}`, country };
}

function spreadStride(capacity: number): number {
  let stride = 7919;
  while (gcd(stride, capacity) !== 1) stride += 2;
  return stride;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

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
