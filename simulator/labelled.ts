import { Catalog } from "./catalog/catalog";
import { descriptionFlat } from "./description";
import { resolveOptions } from "./options";
import { Rng } from "./random";
import { countries, type City } from "./vocabulary/places";
import { roles, type Seniority } from "./vocabulary/roles";
import { buildWorldJob, periodsPerYear, type WorldJob } from "./world";

// A labelled set for ranking quality: simulated jobs, and for each of some of them a candidate built
// to fit it, with the noise real profiles carry (aliases, missing skills, other cities, salary off a
// bit, more or fewer years). Deterministic by seed.

export type LabelledLevel = "intern" | "junior" | "mid" | "senior" | "lead";

export interface LabelledJob {
  id: string;
  title: string;
  description: string;
  company: string;
  city: string;
  region: string;
  countryCode: string;
  remote: boolean;
  employmentType: WorldJob["employment"];
  level: LabelledLevel;
  /** Annual, whole units of salaryCurrency. */
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  skills: string[];
  experienceYearsMin: number;
}

export interface LabelledCandidate {
  /** The job this candidate was built to fit. */
  intendedJobId: string;
  firstName: string;
  lastName: string;
  title: string;
  city: string;
  region: string;
  countryCode: string;
  /** As a person would write them: "ReactJS", "Postgres", "k8s". */
  skills: Array<{ name: string; level: "beginner" | "intermediate" | "advanced" | "expert" }>;
  yearsExperience: number;
  salaryExpectation: number | null;
  salaryCurrency: string | null;
  /** The same person as a plain-text resume. */
  resumeText: string;
}

export interface LabelledSet {
  jobs: LabelledJob[];
  candidates: LabelledCandidate[];
}

const levelOf: Record<Seniority, LabelledLevel> = { intern: "intern", junior: "junior", middle: "mid", senior: "senior", lead: "lead" };
const skillLevelOf: Record<Seniority, LabelledCandidate["skills"][number]["level"]> = { intern: "beginner", junior: "intermediate", middle: "intermediate", senior: "advanced", lead: "expert" };

/** How people write the skills the simulator's jobs ask for. */
const aliases: Record<string, readonly string[]> = {
  React: ["ReactJS", "React.js"],
  PostgreSQL: ["Postgres", "PostgresSQL", "psql"],
  Kubernetes: ["k8s", "K8S"],
  TypeScript: ["TS", "Typescript"],
  "Node.js": ["NodeJS", "Node"],
  "Next.js": ["NextJS"],
  Go: ["Golang"],
  AWS: ["Amazon Web Services"],
  "CI/CD": ["CI / CD", "continuous integration"],
  "Apache Spark": ["Spark", "PySpark"],
  Kafka: ["Apache Kafka"],
  "REST APIs": ["REST", "RESTful APIs"],
  Excel: ["MS Excel", "Microsoft Excel"],
  "Power BI": ["PowerBI"],
  TensorFlow: ["Tensorflow"],
  PyTorch: ["Pytorch"],
  Terraform: ["terraform"],
  Docker: ["docker", "Docker containers"],
  Python: ["python3", "Python 3"],
  JavaScript: ["JS", "ES6"],
};

const firstNames = ["Alex", "Sam", "Maria", "Jonas", "Priya", "Chen", "Olga", "Liam", "Fatima", "Noah", "Anna", "Mateo", "Yuki", "Ivan", "Grace"];
const lastNames = ["Smith", "Okafor", "Müller", "Ivanova", "Patel", "Garcia", "Nguyen", "Brown", "Kowalski", "Rossi", "Schmidt", "Kim", "Andersson"];

/** Distinct simulated jobs, as the catalogue holds them after transform (annual salary). */
export function labelledJobs(seed: number, count: number, now = new Date("2026-12-01T00:00:00Z")): Array<LabelledJob & { world: WorldJob }> {
  const share = (f: number) => Math.ceil(count * 1.3 * f);
  const catalog = new Catalog(resolveOptions({ seed, now, volumes: { lamoda: share(0.5), adzuna: share(0.5), jsearch: 0, hh: 0, greenhouse: 0, lever: 0 } }));
  const seen = new Set<string>();
  const out: Array<LabelledJob & { world: WorldJob }> = [];
  for (const channel of catalog.channels) {
    const total = catalog.total(channel);
    for (let index = 0; index < total && out.length < count; index++) {
      const ref = catalog.record(channel, index);
      if (!ref) continue;
      const world = buildWorldJob(catalog, ref.world);
      if (seen.has(world.id)) continue;
      seen.add(world.id);
      out.push(jobOfWorld(world));
    }
  }
  return out;
}

function jobOfWorld(world: WorldJob): LabelledJob & { world: WorldJob } {
  const annual = (n: number) => Math.round(n * periodsPerYear[world.salary!.period]);
  return {
    world,
    id: world.id,
    title: world.title,
    description: descriptionFlat(world.description),
    company: world.company.name,
    city: world.city.name,
    region: world.city.region,
    countryCode: world.country.code,
    remote: world.workplace === "remote",
    employmentType: world.employment,
    level: levelOf[world.seniority],
    salaryMin: world.salary ? annual(world.salary.min) : null,
    salaryMax: world.salary ? annual(world.salary.max) : null,
    salaryCurrency: world.salary?.currency ?? null,
    skills: world.skills,
    experienceYearsMin: world.yearsExperience,
  };
}

/** `count` candidates, each built to fit one of `jobs`, spread evenly over them. */
export function fittedCandidates(jobs: ReadonlyArray<LabelledJob & { world: WorldJob }>, count: number, seed: number): LabelledCandidate[] {
  const n = Math.min(count, jobs.length);
  return Array.from({ length: n }, (_, i) => {
    const at = Math.floor((i * jobs.length) / n);
    return candidateFor(jobs[at], Rng.from(seed, 77, at));
  });
}

/** `jobs` simulated jobs and a candidate built to fit each of the first `candidates` of them. */
export function labelledSet(options: { seed: number; jobs: number; candidates: number }): LabelledSet {
  const jobs = labelledJobs(options.seed, options.jobs);
  const candidates = jobs.slice(0, options.candidates).map((job, i) => candidateFor(job, Rng.from(options.seed, 77, i)));
  return { jobs: jobs.map(({ world: _world, ...job }) => job), candidates };
}

function candidateFor(job: LabelledJob & { world: WorldJob }, rng: Rng): LabelledCandidate {
  const { world } = job;
  const kept = world.skills.filter(() => !rng.chance(0.15));
  if (kept.length === 0) kept.push(world.skills[0]);
  const role = roles.find((r) => r.key === world.role.key)!;
  const extras = rng.sample(role.skills.filter((s) => !world.skills.includes(s)), rng.int(0, 2));
  const baseLevel = skillLevelOf[world.seniority];
  const skills = [...kept, ...extras].map((name) => ({
    name: aliases[name] && rng.chance(0.45) ? rng.pick(aliases[name]) : name,
    level: rng.chance(0.25) ? nudgeLevel(baseLevel, rng) : baseLevel,
  }));
  const city = pickCity(world, rng);
  const yearsExperience = Math.max(0, world.yearsExperience + rng.int(-1, 3));
  const mid = job.salaryMin !== null && job.salaryMax !== null ? (job.salaryMin + job.salaryMax) / 2 : null;
  const salaryExpectation = mid !== null && !rng.chance(0.2) ? Math.round((mid * (0.85 + rng.next() * 0.25)) / 1000) * 1000 : null;
  const firstName = rng.pick(firstNames);
  const lastName = rng.pick(lastNames);
  const title = world.title.replace(/\s*\(.*\)$/, "").replace(/,.*$/, "");
  const candidate = { intendedJobId: job.id, firstName, lastName, title, city: city.name, region: city.region, countryCode: city.country, skills, yearsExperience, salaryExpectation, salaryCurrency: salaryExpectation !== null ? job.salaryCurrency : null };
  return { ...candidate, resumeText: resumeOf(candidate, world, rng) };
}

function nudgeLevel(level: LabelledCandidate["skills"][number]["level"], rng: Rng) {
  const order = ["beginner", "intermediate", "advanced", "expert"] as const;
  const i = order.indexOf(level) + (rng.chance(0.5) ? 1 : -1);
  return order[Math.min(3, Math.max(0, i))];
}

/** Mostly the job's city; sometimes another city of the country, rarely another country. */
function pickCity(world: WorldJob, rng: Rng): City {
  const roll = rng.next();
  if (roll < 0.75) return world.city;
  if (roll < 0.92) return rng.pick(world.country.cities);
  const others = Object.values(countries).filter((c) => c.code !== world.country.code);
  return rng.pick(rng.pick(others).cities);
}

/** A plain-text resume in one of a few layouts people use. */
function resumeOf(c: Omit<LabelledCandidate, "resumeText">, world: WorldJob, rng: Rng): string {
  const endYear = 2026;
  const years = Math.max(1, Math.round(c.yearsExperience));
  const split = years > 3 ? Math.ceil(years / 2) : years;
  const positions = [
    { title: c.title, company: rng.pick(["Acme Ltd", "Northwind", "Globex", "Initech", "Umbrella Digital"]), from: endYear - split, to: "Present" },
    ...(years > split ? [{ title: c.title.replace(/^(Senior|Lead) /, ""), company: rng.pick(["Contoso", "Hooli", "Vandelay Industries"]), from: endYear - years, to: String(endYear - split) }] : []),
  ];
  const skillNames = c.skills.map((s) => s.name);
  const salaryLine = c.salaryExpectation ? `Expected salary: ${c.salaryExpectation.toLocaleString("en-US")} ${c.salaryCurrency}` : "";
  const duty = rng.pick(world.role.duties);
  const experience = positions
    .map((p) => `${p.title} — ${p.company}\n${p.from} – ${p.to}\n• ${duty}\n• Worked daily with ${skillNames.slice(0, 3).join(", ")}`)
    .join("\n\n");
  const layout = rng.int(0, 1);
  const header = `${c.firstName} ${c.lastName}\n${c.title}\n${c.city}, ${c.region} · ${c.firstName.toLowerCase()}.${c.lastName.toLowerCase().replace(/[^a-z]/g, "")}@example.com · +44 7700 900${rng.int(100, 999)}`;
  const summary = `${c.title} with ${c.yearsExperience} years of experience. ${duty}.`;
  if (layout === 0) {
    return [header, "", "SUMMARY", summary, "", "EXPERIENCE", experience, "", "SKILLS", skillNames.join(", "), salaryLine].join("\n").trim();
  }
  return [header, "", "Profile", summary, "", "Technical skills: " + skillNames.join(" · "), "", "Work history", experience, "", salaryLine].join("\n").trim();
}
