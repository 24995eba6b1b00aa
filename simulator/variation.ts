import type { JobDescription } from "./description";
import { Rng } from "./random";
import { periodsPerYear, roundPay, type PayPeriod, type Salary, type WorldJob } from "./world";

/** How one source renders a world job: the realistic drift between copies that dedupe must see through. */
export interface JobVariant {
  title: string;
  companyName: string;
  description: JobDescription;
  salary?: Salary;
}

export interface VariantOptions {
  /** Salary quoted per hour regardless of the world job (the hourly-salary fault). */
  forceHourly?: boolean;
  /** How many times the record was changed; each change nudges the pay. */
  revision?: number;
}

export function varyJob(job: WorldJob, rng: Rng, options: VariantOptions = {}): JobVariant {
  return {
    title: varyTitle(job, rng),
    companyName: varyCompanyName(job, rng),
    description: varyDescription(job.description, rng),
    salary: job.salary && varySalary(job.salary, rng, options),
  };
}

function varyTitle(job: WorldJob, rng: Rng): string {
  let title = job.title;
  if (rng.chance(0.35)) title = title.replace(/^Senior /, "Sr. ").replace(/^Junior /, "Jr. ");
  if (rng.chance(0.2)) title = title.split(" ").map((word, i) => (i === 0 || /[A-Z]{2}|\(/.test(word) ? word : word.toLowerCase())).join(" ");
  if (job.country.code === "DE" && rng.chance(0.5)) title += " (m/w/d)";
  if (job.workplace === "remote" && job.country.code !== "RU" && rng.chance(0.25)) title += " - Remote";
  return title;
}

function varyCompanyName(job: WorldJob, rng: Rng): string {
  const { name, legalSuffix } = job.company;
  const roll = rng.next();
  if (job.country.code === "RU") return roll < 0.5 ? `${legalSuffix} ${name}` : name;
  if (roll < 0.35) return `${name} ${legalSuffix}`;
  if (roll < 0.42) return name.toUpperCase();
  return name;
}

const introSynonyms: ReadonlyArray<[string, string]> = [
  ["is looking for", "is hiring"],
  ["to join our", "for our"],
  ["We build products", "We make products"],
];

function varyDescription(description: JobDescription, rng: Rng): JobDescription {
  let intro = description.intro;
  for (const [from, to] of introSynonyms) if (rng.chance(0.5)) intro = intro.replace(from, to);
  const duties = rng.chance(0.3) ? [...description.duties].reverse() : description.duties;
  const benefits = rng.chance(0.3) ? [] : description.benefits;
  return { ...description, intro, duties, benefits };
}

function varySalary(salary: Salary, rng: Rng, options: VariantOptions): Salary {
  const raise = 1 + 0.05 * (options.revision ?? 0);
  let period: PayPeriod = salary.period;
  if (options.forceHourly) period = "hour";
  else if (salary.period === "year" && rng.chance(0.25)) period = rng.pick(["month", "hour"] as const);
  const convert = (amount: number) => roundPay((amount * raise * periodsPerYear[salary.period]) / periodsPerYear[period], period);
  return { ...salary, period, min: convert(salary.min), max: convert(salary.max) };
}

export function variantRng(seed: number, channelId: number, index: number): Rng {
  return Rng.from(seed, 2, channelId, index);
}
