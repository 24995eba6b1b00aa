import type { Rng } from "./random";
import type { CountryCode } from "./vocabulary/places";
import { benefits, benefitsRu, type Role } from "./vocabulary/roles";

export interface JobDescription {
  language: "en" | "ru";
  intro: string;
  duties: string[];
  requirements: string[];
  benefits: string[];
  closing: string;
}

interface DescriptionFacts {
  title: string;
  company: string;
  city: string;
  workplace: "onsite" | "hybrid" | "remote";
  skills: readonly string[];
  yearsExperience: number;
  role: Role;
  countryCode: CountryCode;
}

export function buildDescription(rng: Rng, facts: DescriptionFacts): JobDescription {
  return facts.countryCode === "RU" ? russianDescription(rng, facts) : englishDescription(rng, facts);
}

function englishDescription(rng: Rng, facts: DescriptionFacts): JobDescription {
  const where = {
    onsite: `in our ${facts.city} office`,
    hybrid: `in a hybrid setup with two days a week in ${facts.city}`,
    remote: "fully remote",
  }[facts.workplace];
  const intro =
    `${facts.company} is looking for a ${facts.title} to join our ${facts.role.department} team, working ${where}. ` +
    rng.pick([
      "We build products that thousands of customers rely on every day.",
      "We are a profitable, fast-growing team that values ownership and clear writing.",
      "Our mission is to make everyday work simpler for the people we serve.",
    ]);
  const [first, ...rest] = facts.skills;
  const requirements = [
    facts.yearsExperience > 0 ? `${facts.yearsExperience}+ years of professional experience with ${first}` : `A genuine interest in ${first}`,
    ...rest.slice(0, 3).map((skill) => rng.pick([`Hands-on experience with ${skill}`, `Good working knowledge of ${skill}`, `Familiarity with ${skill}`])),
    "Clear written and spoken English",
  ];
  return {
    language: "en",
    intro,
    duties: rng.sample(facts.role.duties, 3),
    requirements,
    benefits: rng.sample(benefits, 3),
    closing: "We welcome applications from people of all backgrounds and will make reasonable adjustments throughout the process.",
  };
}

const russianDuties = [
  "Разработка и поддержка внутренних сервисов",
  "Участие в проектировании новых функций",
  "Взаимодействие с аналитиками и командой продукта",
  "Подготовка технической документации",
  "Оптимизация существующих процессов",
  "Участие в код-ревью и планировании спринтов",
];

function russianDescription(rng: Rng, facts: DescriptionFacts): JobDescription {
  const format = { onsite: `в офисе в городе ${facts.city}`, hybrid: "в гибридном формате", remote: "удалённо" }[facts.workplace];
  const [first, ...rest] = facts.skills;
  return {
    language: "ru",
    intro: `Компания «${facts.company}» ищет специалиста на позицию ${facts.title}. Работа ${format}.`,
    duties: rng.sample(russianDuties, 3),
    requirements: [
      facts.yearsExperience > 0 ? `Опыт работы с ${first} от ${facts.yearsExperience} лет` : `Базовые знания ${first}`,
      ...rest.slice(0, 3).map((skill) => `Знание ${skill}`),
    ],
    benefits: rng.sample(benefitsRu, 3),
    closing: "Откликайтесь, мы ответим каждому кандидату.",
  };
}

export function descriptionHtml(description: JobDescription): string {
  const headings = description.language === "ru"
    ? ["Обязанности", "Требования", "Условия"]
    : ["What you'll do", "What we're looking for", "What we offer"];
  const list = (items: readonly string[]) => `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
  return [
    `<p>${escapeHtml(description.intro)}</p>`,
    `<h3>${escapeHtml(headings[0])}</h3>${list(description.duties)}`,
    `<h3>${escapeHtml(headings[1])}</h3>${list(description.requirements)}`,
    description.benefits.length ? `<h3>${escapeHtml(headings[2])}</h3>${list(description.benefits)}` : "",
    `<p>${escapeHtml(description.closing)}</p>`,
  ].join("\n");
}

export function descriptionPlain(description: JobDescription, bullet = "•"): string {
  const headings = description.language === "ru"
    ? ["Обязанности:", "Требования:", "Условия:"]
    : ["Responsibilities:", "Qualifications:", "Benefits:"];
  const list = (items: readonly string[]) => items.map((item) => `${bullet} ${item}`).join("\n\n");
  return [
    description.intro,
    headings[0], list(description.duties),
    headings[1], list(description.requirements),
    ...(description.benefits.length ? [headings[2], list(description.benefits)] : []),
    description.closing,
  ].join("\n\n");
}

/** A one-line run of the whole text, the way aggregators build snippets. */
export function descriptionFlat(description: JobDescription): string {
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  return [description.intro, ...description.duties, ...description.requirements, ...description.benefits].map(sentence).join(" ");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Adzuna-style snippet: exactly `maxLength` characters, cut mid-word, ending with "…". */
export function snippet(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
