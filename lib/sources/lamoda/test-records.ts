/** Records in the shapes docs/sources/lamoda.md fixes; the marketplace has no public captures. */
export function lamodaJob(overrides: Record<string, unknown> = {}) {
  return {
    id: "job-1",
    title: "Middle Frontend Developer",
    description_html: "<p>Каталог на <b>React</b> и TypeScript.</p><ul><li>Vue — плюс</li></ul>",
    company: { id: "c-1", name: "Lamoda", website: "https://www.lamoda.ru" },
    location: { city: "Москва", region: "Москва", country_code: "RU", remote: false },
    employment: "full_time",
    seniority: "middle",
    salary: { min: 250000, max: 350000, currency: "RUB", period: "month" },
    skills: ["react", "TypeScript", "Storybook"],
    apply_url: "https://lamoda.example/jobs/job-1/apply",
    published_at: "2025-08-01T09:00:00Z",
    updated_at: "2025-08-05T10:30:00Z",
    status: "open",
    ...overrides,
  };
}

export function lamodaCandidate(overrides: Record<string, unknown> = {}) {
  return {
    id: "cand-1",
    full_name: "Анна Смирнова",
    email: "Anna.Smirnova@Example.com",
    headline: "Senior Python developer, Django & k8s",
    location: { city: "Санкт-Петербург", country_code: "RU" },
    skills: ["python", "Postgres", "Leadership of guilds"],
    experience_years: 7,
    updated_at: "2025-08-03T08:00:00Z",
    ...overrides,
  };
}

export function lamodaPlacement(overrides: Record<string, unknown> = {}) {
  return { id: "pl-1", job_id: "job-1", candidate_id: "cand-1", status: "interviewing", updated_at: "2025-08-06T12:00:00Z", ...overrides };
}
