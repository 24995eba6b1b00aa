// Demo data for a new install: small, realistic, and the same on every machine.
import type { SeniorityLevel } from "@/lib/jobs/vocabulary";

export const demoPassword = "hireflow-demo";

export const demoUsers = [
  { email: "admin@example.com", name: "Ada Admin", role: "admin" },
  { email: "recruiter@example.com", name: "Rita Recruiter", role: "recruiter" },
  { email: "seeker@example.com", name: "Sam Seeker", role: "seeker" },
] as const;

export const demoCompanies = [
  { name: "Northwind Analytics", website: "https://northwind.example" },
  { name: "Bluefin Payments", website: "https://bluefin.example" },
  { name: "Copperleaf Health", website: "https://copperleaf.example" },
  { name: "Hexagon Robotics", website: "https://hexagon.example" },
  { name: "Lumen Learning Labs", website: "https://lumen.example" },
  { name: "Meridian Logistics", website: "https://meridian.example" },
  { name: "Quartz Security", website: "https://quartz.example" },
  { name: "Saffron Retail Group", website: "https://saffron.example" },
] as const;

type Role = { title: string; level: SeniorityLevel | null; skills: string[]; base: number; internship?: boolean };

export const demoRoles: Role[] = [
  { title: "Senior Backend Engineer (TypeScript)", level: "senior", skills: ["TypeScript", "Node.js", "PostgreSQL", "AWS"], base: 95000 },
  { title: "Frontend Developer", level: "mid", skills: ["React", "TypeScript", "CSS", "Next.js"], base: 62000 },
  { title: "Data Engineer", level: "mid", skills: ["Python", "SQL", "Airflow", "Spark"], base: 70000 },
  { title: "Machine Learning Engineer", level: "senior", skills: ["Python", "PyTorch", "MLOps", "Kubernetes"], base: 105000 },
  { title: "DevOps Engineer", level: "mid", skills: ["Kubernetes", "Terraform", "AWS", "Linux"], base: 75000 },
  { title: "Junior QA Analyst", level: "junior", skills: ["Testing", "Selenium", "SQL"], base: 34000 },
  { title: "Product Designer", level: "mid", skills: ["Figma", "User Research", "Prototyping"], base: 58000 },
  { title: "Engineering Manager", level: "lead", skills: ["Leadership", "Agile", "Java"], base: 120000 },
  { title: "Software Engineering Intern", level: "intern", skills: ["Java", "Git"], base: 24000, internship: true },
  { title: "Site Reliability Engineer", level: "senior", skills: ["Go", "Prometheus", "Kubernetes", "Linux"], base: 98000 },
  { title: "Mobile Developer (iOS)", level: "mid", skills: ["Swift", "iOS", "Git"], base: 66000 },
  { title: "Security Analyst", level: "junior", skills: ["SIEM", "Networking", "Python"], base: 45000 },
];

export const demoLocations = [
  { display: "London, UK", city: "London", region: "England", countryCode: "GB", currency: "GBP", factor: 1, remote: false },
  { display: "Manchester, UK", city: "Manchester", region: "England", countryCode: "GB", currency: "GBP", factor: 0.85, remote: false },
  { display: "Berlin, Germany", city: "Berlin", region: "Berlin", countryCode: "DE", currency: "EUR", factor: 1.1, remote: false },
  { display: "New York, NY", city: "New York", region: "NY", countryCode: "US", currency: "USD", factor: 1.5, remote: false },
  { display: "Remote (US)", city: null, region: null, countryCode: "US", currency: "USD", factor: 1.35, remote: true },
  { display: "Remote (Europe)", city: null, region: null, countryCode: null, currency: "EUR", factor: 1.05, remote: true },
] as const;

export const demoCandidates = [
  ["Priya Raman", "Backend engineer, 6 years with Node.js and PostgreSQL", ["TypeScript", "Node.js", "PostgreSQL"], 6, "London, UK", "GB"],
  ["Tomás Ortega", "Frontend developer who loves design systems", ["React", "TypeScript", "CSS"], 4, "Berlin, Germany", "DE"],
  ["Grace Kim", "Data engineer, streaming pipelines", ["Python", "Spark", "SQL"], 5, "New York, NY", "US"],
  ["Oluwaseun Adeyemi", "SRE, on-call veteran", ["Go", "Kubernetes", "Prometheus"], 8, "Manchester, UK", "GB"],
  ["Mei Chen", "ML engineer, recommender systems", ["Python", "PyTorch", "MLOps"], 7, "Remote (US)", "US"],
  ["Jonas Weber", "DevOps, infrastructure as code", ["Terraform", "AWS", "Linux"], 5, "Berlin, Germany", "DE"],
  ["Amara Okafor", "QA analyst moving into automation", ["Testing", "Selenium"], 2, "London, UK", "GB"],
  ["Lucas Martin", "Product designer, B2B SaaS", ["Figma", "User Research"], 4, "Remote (Europe)", null],
  ["Sofia Rossi", "Computer science student", ["Java", "Git"], 0, "Manchester, UK", "GB"],
  ["Daniel Novak", "Engineering manager, platform teams", ["Leadership", "Agile", "Java"], 12, "New York, NY", "US"],
  ["Hannah Schmidt", "iOS developer", ["Swift", "iOS"], 3, "Berlin, Germany", "DE"],
  ["Kwame Mensah", "Security analyst, blue team", ["SIEM", "Networking", "Python"], 2, "London, UK", "GB"],
] as const;

/** Demo job sources: outside production they talk to the bundled simulator (simulator/). */
export const demoSources = [
  { type: "adzuna", name: "Adzuna GB", config: { country: "gb", max_pages: 10 }, schedule: "0 */6 * * *" },
  { type: "jsearch", name: "JSearch developers", config: { query: "developer", country: "us" }, schedule: null },
  { type: "hh", name: "HeadHunter", config: { text: "developer", max_pages: 5 }, schedule: null },
  { type: "greenhouse", name: "Greenhouse Brightwave", config: { board_token: "brightwave" }, schedule: null },
  { type: "lever", name: "Lever Orbitly", config: { site: "orbitly" }, schedule: null },
  { type: "lamoda", name: "Lamoda marketplace", config: { resources: ["jobs", "candidates", "placements"] }, schedule: "30 * * * *" },
] as const;
