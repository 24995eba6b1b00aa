import type { Catalog, WorldKey } from "./catalog/catalog";
import { Rng } from "./random";
import { boardPosition, companyOfDesk, type BoardPosition } from "./catalog/desks";
import { companyAt, type Company } from "./vocabulary/companies";
import { buildDescription, type JobDescription } from "./description";
import { countries, type City, type Country } from "./vocabulary/places";
import { roles, seniorities, type Role, type Seniority } from "./vocabulary/roles";

export type Workplace = "onsite" | "hybrid" | "remote";
export type Employment = "full_time" | "part_time" | "contract" | "temporary" | "internship";
export type PayPeriod = "hour" | "day" | "week" | "month" | "year";

export interface Salary {
  min: number;
  max: number;
  currency: string;
  period: PayPeriod;
}

/** The real job behind every record; copies in different sources are renderings of one of these. */
export interface WorldJob {
  id: string;
  role: Role;
  seniority: Seniority;
  title: string;
  specialism?: string;
  /** The team named in the title ("Backend Engineer, Payments"), when there is one. */
  team?: string;
  company: Company;
  country: Country;
  city: City;
  workplace: Workplace;
  employment: Employment;
  salary?: Salary;
  skills: string[];
  yearsExperience: number;
  description: JobDescription;
}

export const periodsPerYear: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

export function buildWorldJob(catalog: Catalog, key: WorldKey): WorldJob {
  const rng = Rng.from(catalog.seed, 1, key.segment, key.group ? 1 : 2, key.group?.id ?? key.channel?.id ?? 0, key.slot);
  const countryCode = key.group?.country ?? key.channel?.country ?? "GB";
  const country = countries[countryCode];
  const placed = placeJob(catalog, key, rng);
  const { company, role, city } = placed;
  // Drawn even when the board position fixes them, so the job's other draws stay where they were.
  const drawnSeniority = rng.weighted(seniorities).level;
  const seniority = placed.position?.seniority ?? drawnSeniority;
  const employment = pickEmployment(rng, seniority, role);
  const workplace: Workplace = role.key === "warehouse" ? "onsite" : rng.weighted(workplaces).value;
  const drawn = rng.chance(0.3) ? rng.pick(role.skills.slice(0, 3)) : undefined;
  const specialism = placed.position ? placed.position.specialism : drawn;
  const russian = countryCode === "RU" && rng.chance(0.6);
  const team = russian ? undefined : placed.team;
  const title = composeTitle(role, seniority, employment, team, specialism, russian);
  const skills = rng.sample(role.skills, rng.int(3, Math.min(7, role.skills.length)));
  const yearsExperience = { intern: 0, junior: 1, middle: 3, senior: 5, lead: 7 }[seniority] + rng.int(0, 2);
  const salary = rng.chance(0.8) ? composeSalary(rng, country, role, seniority, employment) : undefined;
  const id = catalog.worldJobId(key);
  const facts = { title, company: company.name, city: city.name, workplace, skills, yearsExperience, role, countryCode };
  return { id, role, seniority, title, specialism, team, company, country, city, workplace, employment, salary, skills, yearsExperience, description: buildDescription(rng, facts) };
}

/**
 * Employer, role and place from the job's hiring desk (catalog/desks.ts): one employer's openings in
 * a period are different roles, and an ATS board's are positions with different titles.
 */
function placeJob(catalog: Catalog, key: WorldKey, rng: Rng): Placement {
  const countryCode = key.group?.country ?? key.channel?.country ?? "GB";
  const desk = catalog.deskOf(key);
  if (desk.board) {
    const position = boardPosition(desk.board, desk.start + desk.desk);
    return { company: desk.board, role: position.role, city: position.city, team: position.team, position };
  }
  const { company: local, seat, seats } = companyOfDesk(desk.desk);
  const index = desk.start + local;
  const openings = Rng.from(catalog.seed, 3, countryCode.charCodeAt(0), countryCode.charCodeAt(1), index).weightedSample(roles, seats);
  const role = openings[seat] ?? rng.weighted(roles);
  const city = rng.weighted(countries[countryCode].cities);
  // Aggregator postings name a team less often than ATS boards do.
  const team = rng.chance(0.35) ? rng.pick(role.teams) : undefined;
  return { company: companyAt(countryCode, index), role, city, team };
}

interface Placement {
  company: Company;
  role: Role;
  city: City;
  team?: string;
  /** ATS boards: the position also fixes seniority and specialism, so its title is its own. */
  position?: BoardPosition;
}

const workplaces = [
  { value: "onsite" as const, weight: 5 },
  { value: "hybrid" as const, weight: 3 },
  { value: "remote" as const, weight: 2 },
];

function pickEmployment(rng: Rng, seniority: Seniority, role: Role): Employment {
  if (seniority === "intern") return "internship";
  if (role.key === "warehouse") return rng.pick(["full_time", "part_time", "temporary"] as const);
  const roll = rng.next();
  return roll < 0.8 ? "full_time" : roll < 0.9 ? "contract" : roll < 0.96 ? "part_time" : "temporary";
}

const englishLevels: Record<Seniority, string> = { intern: "", junior: "Junior ", middle: "", senior: "Senior ", lead: "Lead " };
const russianLevels: Record<Seniority, string> = { intern: "Стажер ", junior: "Младший ", middle: "", senior: "Старший ", lead: "Ведущий " };

function composeTitle(role: Role, seniority: Seniority, employment: Employment, team: string | undefined, specialism: string | undefined, russian: boolean): string {
  const suffix = specialism ? ` (${specialism})` : "";
  const teamPart = team ? `, ${team}` : "";
  if (russian) return `${russianLevels[seniority]}${seniority === "middle" ? role.titleRu : lowerFirst(role.titleRu)}${suffix}`;
  const base = `${englishLevels[seniority]}${role.title}${teamPart}${suffix}`;
  return employment === "internship" ? `${role.title} Intern${teamPart}${suffix}` : base;
}

function lowerFirst(text: string): string {
  return /^[А-ЯЁ][а-яё]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function composeSalary(rng: Rng, country: Country, role: Role, seniority: Seniority, employment: Employment): Salary {
  const factor = seniorities.find((s) => s.level === seniority)?.factor ?? 1;
  const yearly = country.medianYearlyPay * role.salaryFactor * factor * (0.85 + rng.next() * 0.3);
  const period = pickPeriod(rng, country, role, employment);
  const min = roundPay(yearly / periodsPerYear[period], period);
  const max = roundPay((yearly * (1.1 + rng.next() * 0.25)) / periodsPerYear[period], period);
  return { min, max, currency: country.currency, period };
}

function pickPeriod(rng: Rng, country: Country, role: Role, employment: Employment): PayPeriod {
  if (country.code === "RU") return "month";
  if (role.key === "warehouse" || employment === "part_time" || employment === "temporary") return "hour";
  if (employment === "contract") return country.code === "US" ? "hour" : "day";
  return rng.chance(0.05) ? "month" : "year";
}

export function roundPay(amount: number, period: PayPeriod): number {
  const step = { hour: 0.5, day: 25, week: 50, month: amount > 50_000 ? 5000 : 100, year: 1000 }[period];
  const rounded = Math.round(amount / step) * step;
  return period === "hour" ? Math.round(rounded * 100) / 100 : rounded;
}
