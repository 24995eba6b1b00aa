import type { Catalog } from "../catalog/catalog";
import { descriptionHtml } from "../description";
import { hashString, mixHash, Rng, unitHash } from "../random";
import { externalIdOf, locateExternalId, publishedJob, type PublishedJob } from "../records";
import { countries } from "../vocabulary/places";
import { roles } from "../vocabulary/roles";
import { withHtmlNoise, type JsonRecord } from "./shared";

const firstNames = ["Анна", "Иван", "Мария", "Дмитрий", "Екатерина", "Алексей", "Ольга", "Сергей", "Наталья", "Павел", "Ксения", "Артём"];
const lastNames = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров"];
const latinLastNames = ["ivanov", "smirnov", "kuznetsov", "popov", "vasiliev", "petrov", "sokolov", "mikhailov", "novikov", "fedorov"];
const placementStatuses = ["proposed", "interviewing", "hired", "rejected"] as const;

export function renderLamodaJob(job: PublishedJob, htmlInText: boolean): JsonRecord {
  const { variant, job: world } = job;
  const remote = world.workplace === "remote";
  const html = descriptionHtml(variant.description);
  const record: JsonRecord = {
    id: job.externalId,
    title: variant.title,
    description_html: htmlInText ? withHtmlNoise(html, job) : html,
    company: { id: `cmp_${hashString(world.company.name).toString(36)}`, name: variant.companyName, ...(job.rng.chance(0.7) ? { website: world.company.website } : {}) },
    location: { ...(remote ? {} : { city: world.city.name, region: world.city.region }), country_code: world.country.code, remote },
    employment: world.employment,
    seniority: world.seniority,
    skills: world.skills,
    apply_url: `https://hire.lamoda.example/jobs/${job.externalId}/apply`,
    published_at: job.postedAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
    status: job.closed ? "closed" : "open",
  };
  if (variant.salary) {
    const { min, max, currency, period } = variant.salary;
    const shape = job.rng.next();
    record.salary = { ...(shape < 0.85 ? { min } : {}), ...(shape > 0.25 ? { max } : {}), currency, period };
  }
  return record;
}

export function candidateTimes(catalog: Catalog, count: number, index: number): number {
  const { start, end } = catalog.history;
  return Math.floor(start + ((index + unitHash(catalog.seed, 41, index)) * (end - start)) / count);
}

export function renderLamodaCandidate(catalog: Catalog, count: number, index: number): JsonRecord {
  const rng = Rng.from(catalog.seed, 42, index);
  const first = rng.int(0, firstNames.length - 1);
  const last = rng.int(0, lastNames.length - 1);
  const female = /[аяь]$/.test(firstNames[first]) && firstNames[first] !== "Павел";
  const role = rng.weighted(roles);
  const city = rng.weighted(countries.RU.cities);
  return {
    id: `cand_${(index * 104_729 + 7).toString(36)}`,
    full_name: `${firstNames[first]} ${lastNames[last]}${female ? "а" : ""}`,
    ...(rng.chance(0.8) ? { email: `${latinLastNames[last]}.${index}@mail.example` } : {}),
    ...(rng.chance(0.9) ? { headline: role.titleRu } : {}),
    ...(rng.chance(0.85) ? { location: { city: city.name, country_code: "RU" } } : {}),
    skills: rng.sample(role.skills, rng.int(2, 5)),
    ...(rng.chance(0.9) ? { experience_years: rng.int(0, 15) } : {}),
    updated_at: new Date(candidateTimes(catalog, count, index)).toISOString(),
  };
}

export function renderLamodaPlacement(catalog: Catalog, count: number, index: number, candidateCount: number): JsonRecord {
  const channel = catalog.channelsOf("lamoda")[0];
  const jobs = Math.max(1, catalog.total(channel));
  return {
    id: `plc_${(index * 7_919 + 3).toString(36)}`,
    job_id: externalIdOf(catalog, channel, mixHash(catalog.seed, 43, index) % jobs),
    candidate_id: `cand_${((mixHash(catalog.seed, 44, index) % Math.max(1, candidateCount)) * 104_729 + 7).toString(36)}`,
    status: placementStatuses[mixHash(catalog.seed, 45, index) % placementStatuses.length],
    updated_at: new Date(candidateTimes(catalog, count, index)).toISOString(),
  };
}

export type LamodaJobEventType = "job.created" | "job.updated" | "job.closed";

export interface LamodaWebhookEvent {
  id: string;
  type: LamodaJobEventType;
  created_at: string;
  data: JsonRecord;
}

/** The webhook body the marketplace would send for one of its jobs; undefined for an unknown id. */
export function buildLamodaJobEvent(catalog: Catalog, jobId: string, type: LamodaJobEventType, createdAtMs = catalog.now): LamodaWebhookEvent | undefined {
  const located = locateExternalId(catalog, "lamoda", jobId);
  const job = located && publishedJob(catalog, located.channel, located.index);
  if (!job) return undefined;
  const data = renderLamodaJob(job, false);
  if (type === "job.closed") data.status = "closed";
  const typeCode = ["job.created", "job.updated", "job.closed"].indexOf(type);
  const id = `evt_${mixHash(catalog.seed, 46, located.index, typeCode, Math.floor(createdAtMs / 1000)).toString(36)}`;
  return { id, type, created_at: new Date(createdAtMs).toISOString(), data };
}
