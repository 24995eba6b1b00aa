import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companies, jobs, outbox } from "@/db/schema";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { POST as close } from "./jobs/[id]/close/route";
import { GET as getJob, PATCH as patchJob } from "./jobs/[id]/route";
import { POST as createJob } from "./jobs/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
});
afterAll(() => env.close());

type Requirement = { name: string; level: string; required: boolean };
type JobDetail = {
  id: string;
  title: string;
  description: string;
  company: { id: string; name: string } | null;
  location: string | null;
  city: string | null;
  country_code: string | null;
  remote: boolean;
  employment_type: string | null;
  level: string | null;
  internship: boolean;
  salary: { min: number | null; max: number | null; currency: string } | null;
  skills: string[];
  skill_requirements: Requirement[];
  experience_years_min: number | null;
  origin: string;
  editable: boolean;
  status: string;
};
type ErrorBody = { error: { code: string; details: Array<{ path: string }> } };

const post = (key: string, body: unknown) => callJson<{ id: string } & ErrorBody>(createJob, "/api/v1/jobs", { key, body });
const detail = async (id: string) => (await callJson<{ data: JobDetail }>(getJob, `/api/v1/jobs/${id}`, { key: keys.seeker, params: { id } })).body.data;
const patch = (id: string, body: unknown, key = keys.recruiter) => callJson<{ data: JobDetail } & ErrorBody>(patchJob, `/api/v1/jobs/${id}`, { key, method: "PATCH", params: { id }, body });

const description = `<p>We are a fintech team in London.</p><ul><li>At least 4 years of experience building services in Python</li><li>PostgreSQL and Docker in production</li><li>Kubernetes is a plus</li></ul>`;

describe("POST /api/v1/jobs (own jobs)", () => {
  it("creates a job that went through the sync transform: clean text, recognised skills, standard location, experience", async () => {
    const res = await post(keys.recruiter, { title: "Senior Backend Engineer", description, company: "Bluefin Payments Ltd.", location: "London, UK", employment_type: "Full-time", salary_min: 70000, salary_max: 90000, salary_currency: "gbp" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const job = await detail(res.body.id);
    expect(job).toMatchObject({
      title: "Senior Backend Engineer",
      // The seed has "Bluefin Payments": the new job joins it rather than creating a second company.
      company: { name: "Bluefin Payments" },
      city: "London",
      country_code: "GB",
      employment_type: "full_time",
      level: "senior",
      salary: { min: 70000, max: 90000, currency: "GBP" },
      experience_years_min: 4,
      origin: "own",
      editable: true,
      status: "open",
    });
    expect(job.description).not.toContain("<li>");
    expect(job.skills).toEqual(expect.arrayContaining(["Python", "PostgreSQL", "Docker", "Kubernetes"]));
    expect(job.skill_requirements.find((s) => s.name === "Python")).toEqual({ name: "Python", level: "advanced", required: true });
    const [company] = await env.handle.db.select().from(companies).where(eq(companies.id, job.company!.id));
    expect(company.normalizedName).toBe("bluefin payments");
    const names = (await env.handle.db.select({ name: outbox.name, data: outbox.data }).from(outbox)).filter((e) => JSON.stringify(e.data).includes(res.body.id)).map((e) => e.name);
    expect(names).toContain("jobs/changed");
  });

  it("keeps listed skills with their level and required flag, and the stated experience", async () => {
    const res = await post(keys.admin, {
      title: "Data Analyst",
      description: "Reporting for the sales team.",
      location: "Remote",
      remote: true,
      skills: [{ name: "postgres", level: "expert", required: true }, { name: "Tableau", required: false }, "Excel"],
      experience_years_min: 2,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const job = await detail(res.body.id);
    expect(job.remote).toBe(true);
    expect(job.experience_years_min).toBe(2);
    expect(job.skill_requirements).toEqual([
      { name: "PostgreSQL", level: "expert", required: true },
      { name: "Tableau", level: "intermediate", required: false },
      { name: "Excel", level: "intermediate", required: true },
    ]);
  });

  it("refuses bad bodies with details, and seekers", async () => {
    const bad = await post(keys.recruiter, { title: "", description: "x", level: "wizard", remote: "yes", skills: [{ name: "Go", level: "ninja" }] });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d) => d.path);
    for (const path of ["title", "level", "remote", "skills.0.level"]) expect(paths).toContain(path);
    const upsideDown = await post(keys.recruiter, { title: "Job", description: "x", salary_min: 90000, salary_max: 50000, salary_currency: "GBP" });
    expect(upsideDown.status).toBe(400);
    expect(upsideDown.body.error.details.map((d) => d.path)).toEqual(["salary_min"]);
    expect((await post(keys.recruiter, { title: "Job", description: "x", salary_min: 1000 })).status).toBe(400);
    expect((await post(keys.seeker, { title: "Job", description: "x" })).status).toBe(403);
  });
});

describe("PATCH and close", () => {
  it("edits an own job through the transform again and closes it with a confirmable 200", async () => {
    const { body } = await post(keys.recruiter, { title: "Junior QA Engineer", description: "Manual testing.", location: "Berlin" });
    const edited = await patch(body.id, { description: "Test automation with Selenium and Python, 3+ years of experience.", location: "Munich, Germany" });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.data).toMatchObject({ title: "Junior QA Engineer", city: "München", country_code: "DE", level: "junior" });
    expect(edited.body.data.experience_years_min).toBe(3);
    expect((await patch(body.id, { salary_min: 60000, salary_max: 40000, salary_currency: "EUR" })).status).toBe(400);
    expect((await patch(body.id, { salary_max: 40000, salary_currency: "EUR" })).status).toBe(200);
    expect((await patch(body.id, { salary_min: 50000 })).status).toBe(400);

    const closed = await callJson<{ status: string }>(close, `/api/v1/jobs/${body.id}/close`, { key: keys.recruiter, method: "POST", params: { id: body.id } });
    expect(closed).toEqual({ status: 200, body: { id: body.id, status: "closed" } });
    expect((await detail(body.id)).status).toBe("closed");
  });

  it("answers 409 for a synced job, 404 for an unknown one, 400 for a malformed id", async () => {
    const [synced] = await env.handle.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.origin, "synced")).limit(1);
    expect(synced).toBeDefined();
    const res = await patch(synced.id, { title: "Changed" });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("conflict");
    expect((await callJson(close, `/api/v1/jobs/${synced.id}/close`, { key: keys.recruiter, method: "POST", params: { id: synced.id } })).status).toBe(409);
    expect((await patch(randomUUID(), { title: "Any title" })).status).toBe(404);
    expect((await patch("nope", { title: "Any title" })).status).toBe(400);
    expect((await patch(synced.id, { title: "Any title" }, keys.seeker)).status).toBe(403);
  });
});
