import { descriptionHtml } from "../description";
import { moscowTimestamp } from "../http";
import { hashString } from "../random";
import type { PublishedJob } from "../records";
import type { Employment, PayPeriod, WorldJob } from "../world";
import { withHtmlNoise, type JsonRecord } from "./shared";

const named = (id: string, name: string) => ({ id, name });

const experienceBySeniority: Record<WorldJob["seniority"], { id: string; name: string }> = {
  intern: named("noExperience", "Нет опыта"),
  junior: named("between1And3", "От 1 года до 3 лет"),
  middle: named("between1And3", "От 1 года до 3 лет"),
  senior: named("between3And6", "От 3 до 6 лет"),
  lead: named("moreThan6", "Более 6 лет"),
};
const employmentById: Record<Employment, [{ id: string; name: string }, { id: string; name: string }]> = {
  full_time: [named("full", "Полная занятость"), named("FULL", "Полная")],
  part_time: [named("part", "Частичная занятость"), named("PART", "Частичная")],
  contract: [named("project", "Проектная работа"), named("PROJECT", "Проект или разовое задание")],
  temporary: [named("project", "Проектная работа"), named("PROJECT", "Проект или разовое задание")],
  internship: [named("probation", "Стажировка"), named("FULL", "Полная")],
};
const scheduleByWorkplace = {
  onsite: named("fullDay", "Полный день"),
  hybrid: named("flexible", "Гибкий график"),
  remote: named("remote", "Удаленная работа"),
};
const workFormatByWorkplace = {
  onsite: named("ON_SITE", "На месте работодателя"),
  hybrid: named("HYBRID", "Гибрид"),
  remote: named("REMOTE", "Удалённо"),
};
const salaryModes: Record<PayPeriod, { id: string; name: string }> = {
  hour: named("HOUR", "За\u00a0час"),
  day: named("SHIFT", "За\u00a0смену"),
  week: named("MONTH", "За\u00a0месяц"),
  month: named("MONTH", "За\u00a0месяц"),
  year: named("YEAR", "За\u00a0год"),
};

/** One item of GET /vacancies, shaped like the 2025 capture (legacy `salary` beside `salary_range`). */
export function renderVacancyItem(job: PublishedJob, htmlInText: boolean): JsonRecord {
  const { variant, job: world, rng } = job;
  const id = job.externalId;
  const employerId = String(1000 + (hashString(world.company.name) % 9_000_000));
  const salary = hhSalary(job);
  const [employment, employmentForm] = employmentById[world.employment];
  const item: JsonRecord = {
    id,
    premium: false,
    name: htmlInText ? withHtmlNoise(variant.title, job) : variant.title,
    department: null,
    has_test: rng.chance(0.05),
    response_letter_required: rng.chance(0.05),
    area: { id: world.city.hhAreaId ?? "1", name: world.city.name, url: `https://api.hh.ru/areas/${world.city.hhAreaId ?? "1"}` },
    salary: salary && { from: salary.from, to: salary.to, currency: "RUR", gross: salary.gross },
    salary_range: salary && { from: salary.from, to: salary.to, currency: "RUR", gross: salary.gross, mode: salary.mode, frequency: named("TWICE_PER_MONTH", "Два раза в\u00a0месяц") },
    type: named("open", "Открытая"),
    address: rng.chance(0.5) ? { city: world.city.name, street: null, building: null, lat: world.city.lat, lng: world.city.lng, description: null, raw: world.city.name, metro: null, metro_stations: [], id: String(10_000_000 + job.index) } : null,
    response_url: null,
    sort_point_distance: null,
    published_at: moscowTimestamp(job.postedAt),
    created_at: moscowTimestamp(job.postedAt),
    archived: job.closed,
    apply_alternate_url: `https://hh.ru/applicant/vacancy_response?vacancyId=${id}`,
    show_logo_in_search: rng.chance(0.3) ? true : null,
    show_contacts: rng.chance(0.5),
    insider_interview: null,
    url: `https://api.hh.ru/vacancies/${id}?host=hh.ru`,
    alternate_url: `https://hh.ru/vacancy/${id}`,
    relations: [],
    employer: {
      id: employerId,
      name: variant.companyName,
      url: `https://api.hh.ru/employers/${employerId}`,
      alternate_url: `https://hh.ru/employer/${employerId}`,
      logo_urls: rng.chance(0.7) ? { original: `https://img.hhcdn.ru/employer-logo-original/${employerId}.png`, "240": `https://img.hhcdn.ru/employer-logo/${employerId}1.png`, "90": `https://img.hhcdn.ru/employer-logo/${employerId}0.png` } : null,
      vacancies_url: `https://api.hh.ru/vacancies?employer_id=${employerId}`,
      accredited_it_employer: rng.chance(0.3),
      trusted: true,
    },
    snippet: hhSnippet(job, htmlInText),
    contacts: null,
    schedule: scheduleByWorkplace[world.workplace],
    working_days: [],
    working_time_intervals: [],
    working_time_modes: [],
    accept_temporary: world.employment === "temporary",
    fly_in_fly_out_duration: [],
    work_format: [workFormatByWorkplace[world.workplace]],
    working_hours: [named("HOURS_8", "8\u00a0часов")],
    work_schedule_by_days: [named("FIVE_ON_TWO_OFF", "5/2")],
    night_shifts: false,
    professional_roles: [world.role.hhRole],
    accept_incomplete_resumes: rng.chance(0.6),
    experience: experienceBySeniority[world.seniority],
    employment,
    employment_form: employmentForm,
    internship: world.employment === "internship",
    adv_response_url: null,
    is_adv_vacancy: false,
    adv_context: null,
  };
  if (rng.chance(0.4)) item.branding = { type: "MAKEUP", tariff: null };
  return item;
}

/** GET /vacancies/{id}: the full record, with HTML description and key skills instead of a snippet. */
export function renderVacancyDetail(job: PublishedJob, htmlInText: boolean): JsonRecord {
  const item = renderVacancyItem(job, htmlInText);
  delete item.snippet;
  return {
    ...item,
    description: descriptionHtml(job.variant.description),
    branded_description: null,
    key_skills: job.job.skills.map((name) => ({ name })),
    billing_type: named("standard", "Стандарт"),
    allow_messages: true,
    accept_handicapped: false,
    accept_kids: false,
    driver_license_types: [],
    languages: [],
    code: null,
    hidden: false,
    quick_responses_allowed: false,
  };
}

function hhSalary(job: PublishedJob): { from: number | null; to: number | null; gross: boolean; mode: { id: string; name: string } } | null {
  const salary = job.variant.salary;
  if (!salary || job.rng.chance(0.5)) return null;
  const shape = job.rng.next();
  // The capture: from-only is the most common, to-only is rare.
  const from = shape < 0.9 ? salary.min : null;
  const to = shape >= 0.65 ? salary.max : null;
  return { from, to, gross: job.rng.chance(0.3), mode: salaryModes[salary.period] };
}

function hhSnippet(job: PublishedJob, htmlInText: boolean): { requirement: string | null; responsibility: string | null } {
  const { description } = job.variant;
  const keyword = job.job.skills[0];
  const requirementText = description.requirements.join(". ");
  const highlighted = requirementText.replace(keyword, `<highlighttext>${keyword}</highlighttext>`);
  const requirement = highlighted.length > 160 ? `${highlighted.slice(0, 157).trimEnd()}...` : highlighted;
  const responsibility = `${description.duties.join(". ")}. `;
  return {
    requirement: job.rng.chance(0.05) ? null : htmlInText ? `${requirement} <b>&nbsp;</b>` : requirement,
    responsibility: job.rng.chance(0.05) ? null : responsibility,
  };
}
