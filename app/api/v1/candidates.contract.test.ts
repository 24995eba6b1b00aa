import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidateSourceLinks, jobSources, outbox, placements, resumes, users } from "@/db/schema";
import { callJson, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { DELETE as deleteOne, GET as getOne, PATCH as patchOne } from "./candidates/[id]/route";
import { POST as dismiss } from "./candidates/[id]/duplicates/[duplicateId]/dismiss/route";
import { GET as duplicatesOf } from "./candidates/[id]/duplicates/route";
import { POST as merge } from "./candidates/[id]/merge/route";
import { GET as list, POST as create } from "./candidates/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
let userIds: Record<"admin" | "recruiter" | "seeker", string>;
beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
  const rows = await env.handle.db.select({ id: users.id, role: users.role }).from(users);
  userIds = Object.fromEntries(rows.map((r) => [r.role, r.id])) as typeof userIds;
});
afterAll(() => env.close());

type Skill = { name: string; level: string | null };
type Candidate = {
  id: string;
  first_name: string;
  last_name: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  location: string | null;
  city: string | null;
  country_code: string | null;
  skills: Skill[];
  experience_years: number | null;
  education: Array<{ degree: string | null; field: string | null; institution: string | null; year: number | null }>;
  languages: Array<{ name: string; level: string | null }>;
  salary_expectation: number | null;
  salary_currency: string | null;
  available_from: string | null;
  links: string[];
  resumes: Array<{ id: string; url: string }>;
  sources: Array<{ source: string; external_id: string }>;
  possible_duplicate: boolean;
};
type ErrorBody = { error: { code: string; message: string; details: Array<{ path: string; message: string }> } };
type Duplicate = { duplicate: { id: string }; reasons: string[]; status: string };

const createAs = (key: string, body: unknown) => callJson<{ id: string } & ErrorBody>(create, "/api/v1/candidates", { key, body });
const getAs = (key: string, id: string) => callJson<{ data: Candidate } & ErrorBody>(getOne, `/api/v1/candidates/${id}`, { key, params: { id } });
const patchAs = (key: string, id: string, body: unknown) => callJson<{ data: Candidate } & ErrorBody>(patchOne, `/api/v1/candidates/${id}`, { key, method: "PATCH", params: { id }, body });
const duplicates = async (id: string) => (await callJson<{ data: Duplicate[] }>(duplicatesOf, `/api/v1/candidates/${id}/duplicates`, { key: keys.recruiter, params: { id } })).body.data;
const unique = () => randomUUID().slice(0, 8);

async function newCandidate(body: Record<string, unknown>): Promise<string> {
  const res = await createAs(keys.recruiter, { first_name: "Test", last_name: `Person ${unique()}`, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function draftResume(ownerId: string, text: string): Promise<string> {
  const [row] = await env.handle.db
    .insert(resumes)
    .values({ ownerId, fileName: "cv.txt", mediaType: "text/plain", sizeBytes: text.length, content: Buffer.from(text), text, parsed: {} })
    .returning({ id: resumes.id });
  return row.id;
}

describe("POST /api/v1/candidates", () => {
  it("creates a profile with canonical skills, a standard location, a phone key and a lower-case e-mail", async () => {
    const res = await createAs(keys.recruiter, {
      first_name: " Maria ",
      last_name: "Lopez",
      email: "Maria.Lopez@Example.COM",
      phone: "020 7946 0958",
      location: "London, UK",
      title: "Frontend Developer",
      skills: [{ name: "ReactJS", level: "Expert" }, "postgres", { name: "JS", level: "B2" }],
      experience_years: 6.5,
      education: ["BSc Computer Science, University of Leeds, 2015"],
      languages: ["English (C2)", { name: "Spanish", level: "native" }],
      salary_expectation: 65000,
      salary_currency: "gbp",
      available_from: "2027-01-15",
      links: ["github.com/mlopez"],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { status, body } = await getAs(keys.recruiter, res.body.id);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      first_name: "Maria",
      full_name: "Maria Lopez",
      email: "maria.lopez@example.com",
      city: "London",
      country_code: "GB",
      experience_years: 6.5,
      salary_expectation: 65000,
      salary_currency: "GBP",
      available_from: "2027-01-15",
      links: ["https://github.com/mlopez"],
      possible_duplicate: false,
    });
    expect(body.data.skills).toEqual([
      { name: "React", level: "expert" },
      { name: "PostgreSQL", level: null },
      { name: "JavaScript", level: "intermediate" },
    ]);
    expect(body.data.education).toEqual([{ degree: "BSc", field: "Computer Science", institution: "University of Leeds", year: 2015 }]);
    expect(body.data.languages).toEqual([
      { name: "English", level: "C2" },
      { name: "Spanish", level: "native" },
    ]);
    const events = await env.handle.db.select().from(outbox).where(eq(outbox.name, "candidates/changed"));
    expect(events.some((e) => (e.data as { candidateIds: string[] }).candidateIds.includes(res.body.id))).toBe(true);
  });

  it("refuses bad bodies with a 400 naming each bad field", async () => {
    const res = await createAs(keys.recruiter, {
      last_name: "NoFirst",
      email: "not-an-email",
      skills: [{ name: "Python", level: "godlike" }],
      experience_years: -2,
      salary_expectation: 50000,
      available_from: "next week",
      unknown_field: 1,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    const paths = res.body.error.details.map((d) => d.path);
    for (const path of ["first_name", "email", "skills.0.level", "experience_years", "available_from"]) expect(paths).toContain(path);
    const noCurrency = await createAs(keys.recruiter, { first_name: "A", salary_expectation: 50000 });
    expect(noCurrency.status).toBe(400);
    expect(noCurrency.body.error.details.map((d) => d.path)).toContain("salary_currency");
    const wrongType = await createAs(keys.recruiter, { first_name: "A", experience_years: "five" });
    expect(wrongType.status).toBe(400);
  });

  it("claims a draft resume once, and only its uploader may", async () => {
    const mine = await draftResume(userIds.recruiter, "Some resume text");
    const id = await newCandidate({ resume_id: mine });
    const [row] = await env.handle.db.select().from(resumes).where(eq(resumes.id, mine));
    expect(row.candidateId).toBe(id);
    expect(row.claimedAt).not.toBeNull();
    expect((await getAs(keys.recruiter, id)).body.data.resumes).toEqual([expect.objectContaining({ id: mine, url: `/api/v1/resumes/${mine}/file` })]);
    expect((await createAs(keys.recruiter, { first_name: "Again", resume_id: mine })).status).toBe(409);
    const theirs = await draftResume(userIds.admin, "Admin's upload");
    expect((await createAs(keys.recruiter, { first_name: "Other", resume_id: theirs })).status).toBe(404);
    expect((await createAs(keys.recruiter, { first_name: "Ghost", resume_id: randomUUID() })).status).toBe(404);
    const [stillDraft] = await env.handle.db.select().from(resumes).where(eq(resumes.id, theirs));
    expect(stillDraft.candidateId).toBeNull();
  });
});

describe("GET/PATCH/DELETE /api/v1/candidates/{id}", () => {
  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    const bad = await getAs(keys.recruiter, "not-a-uuid");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_request");
    expect((await getAs(keys.recruiter, randomUUID())).status).toBe(404);
    expect((await patchAs(keys.recruiter, randomUUID(), { title: "x" })).status).toBe(404);
  });

  it("patches only the fields sent, null clears one, and the phone key follows the location", async () => {
    const id = await newCandidate({ title: "Analyst", phone: "07700 900123", summary: "Keeps this" });
    const res = await patchAs(keys.recruiter, id, { title: null, location: "Manchester, UK", skills: ["Python"] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ title: null, summary: "Keeps this", city: "Manchester", country_code: "GB", skills: [{ name: "Python", level: null }] });
    const twin = await newCandidate({ phone: "+44 7700 900123" });
    expect((await duplicates(twin)).map((d) => d.duplicate.id)).toContain(id);
    expect((await patchAs(keys.recruiter, id, { experience_years: 200 })).status).toBe(400);
  });

  it("deletes with a 404 afterwards", async () => {
    const id = await newCandidate({});
    const res = await callJson(deleteOne, `/api/v1/candidates/${id}`, { key: keys.recruiter, method: "DELETE", params: { id } });
    expect(res.status).toBe(200);
    expect((await getAs(keys.recruiter, id)).status).toBe(404);
  });
});

describe("GET /api/v1/candidates filters", () => {
  it("filters by all listed skills, minimum experience, location and text, paged", async () => {
    const tag = unique();
    const both = await newCandidate({ title: `Data ${tag}`, skills: ["Python", "SQL"], experience_years: 5, location: "Berlin, Germany" });
    const onlyPython = await newCandidate({ title: `Data ${tag}`, skills: ["python"], experience_years: 8, location: "Paris, France" });
    const ids = async (query: string) => {
      const res = await callJson<{ data: Array<{ id: string }>; total: number; page: number; total_pages: number }>(list, `/api/v1/candidates?q=${tag}&${query}`, { key: keys.recruiter });
      expect(res.status).toBe(200);
      return res.body.data.map((c) => c.id).sort();
    };
    expect(await ids("")).toEqual([both, onlyPython].sort());
    expect(await ids("skills=Python,sql")).toEqual([both]);
    expect(await ids("skills=python")).toEqual([both, onlyPython].sort());
    expect(await ids("min_experience=6")).toEqual([onlyPython]);
    expect(await ids("location=berlin")).toEqual([both]);
    expect(await ids("location=FR")).toEqual([onlyPython]);
    const paged = await callJson<{ data: unknown[]; total: number; total_pages: number; page: number }>(list, `/api/v1/candidates?q=${tag}&limit=1&page=2`, { key: keys.recruiter });
    expect(paged.body).toMatchObject({ total: 2, total_pages: 2, page: 2 });
    expect(paged.body.data).toHaveLength(1);
    expect((await callJson(list, "/api/v1/candidates?min_experience=abc", { key: keys.recruiter })).status).toBe(400);
  });
});

describe("seekers own one profile", () => {
  it("creates it once, reads and edits only it, and gets 404 for anyone else's", async () => {
    const other = await newCandidate({ email: `other-${unique()}@example.com` });
    const both = await Promise.all([createAs(keys.seeker, { first_name: "Sam", last_name: "Seeker", skills: ["Excel"] }), createAs(keys.seeker, { first_name: "Sam", last_name: "Twice" })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const first = both.find((r) => r.status === 201)!;
    expect((await createAs(keys.seeker, { first_name: "Sam", last_name: "Again" })).status).toBe(409);
    expect((await getAs(keys.seeker, first.body.id)).status).toBe(200);
    expect((await patchAs(keys.seeker, first.body.id, { title: "Analyst" })).body.data.title).toBe("Analyst");
    const upload = await draftResume(userIds.seeker, "Sam Seeker, analyst");
    const claimed = await patchAs(keys.seeker, first.body.id, { resume_id: upload });
    expect(claimed.body.data.resumes.map((r) => r.id)).toEqual([upload]);
    expect((await getAs(keys.seeker, other)).status).toBe(404);
    expect((await patchAs(keys.seeker, other, { title: "Hijack" })).status).toBe(404);
    expect((await callJson(merge, `/api/v1/candidates/${first.body.id}/merge`, { key: keys.seeker, params: { id: first.body.id }, body: { duplicate_id: other } })).status).toBe(404);
    expect((await callJson(duplicatesOf, `/api/v1/candidates/${other}/duplicates`, { key: keys.seeker, params: { id: other } })).status).toBe(404);
    const mine = await callJson<{ data: Array<{ id: string }>; total: number }>(list, "/api/v1/candidates", { key: keys.seeker });
    expect(mine.body.total).toBe(1);
    expect(mine.body.data.map((c) => c.id)).toEqual([first.body.id]);
  });
});

describe("duplicates and merge", () => {
  it("flags the same e-mail, the same phone, and the same name with the same resume text", async () => {
    const email = `dup-${unique()}@example.com`;
    const a = await newCandidate({ email });
    const b = await newCandidate({ email: email.toUpperCase() });
    expect((await duplicates(b)).find((d) => d.duplicate.id === a)?.reasons).toEqual(["email"]);
    expect((await getAs(keys.recruiter, a)).body.data.possible_duplicate).toBe(true);
    const listed = await callJson<{ data: Array<{ id: string; possible_duplicate: boolean }> }>(list, `/api/v1/candidates?q=${email}&duplicates=1`, { key: keys.recruiter });
    expect(listed.body.data.length).toBe(2);
    expect(listed.body.data.every((c) => c.possible_duplicate)).toBe(true);

    const p1 = await newCandidate({ phone: "+7 916 123-45-67", location: "Moscow" });
    const p2 = await newCandidate({ phone: "8 (916) 123 45 67", location: "Moscow, Russia" });
    expect((await duplicates(p2)).find((d) => d.duplicate.id === p1)?.reasons).toEqual(["phone"]);

    const text = `Jane Roe\nSenior accountant ${unique()}\nIFRS, SAP`;
    const n1 = await newCandidate({ first_name: "Jane", last_name: "Roe", resume_id: await draftResume(userIds.recruiter, text) });
    const n2 = await newCandidate({ first_name: "jane", last_name: "roe", resume_id: await draftResume(userIds.recruiter, text) });
    const n3 = await newCandidate({ first_name: "John", last_name: "Roe", resume_id: await draftResume(userIds.recruiter, text) });
    expect((await duplicates(n2)).map((d) => [d.duplicate.id, d.reasons])).toEqual([[n1, ["name_resume"]]]);
    expect((await duplicates(n3)).length).toBe(0);
  });

  it("dismisses a flag so it stays dismissed", async () => {
    const email = `dismiss-${unique()}@example.com`;
    const a = await newCandidate({ email });
    const b = await newCandidate({ email });
    const res = await callJson(dismiss, `/api/v1/candidates/${b}/duplicates/${a}/dismiss`, { key: keys.recruiter, method: "POST", params: { id: b, duplicateId: a } });
    expect(res.status).toBe(200);
    expect(await duplicates(b)).toEqual([]);
    await patchAs(keys.recruiter, b, { title: "Edited" });
    expect(await duplicates(b)).toEqual([]);
    expect((await getAs(keys.recruiter, b)).body.data.possible_duplicate).toBe(false);
  });

  it("merges: the survivor keeps every source link, resume and placement and the richer values", async () => {
    const db = env.handle.db;
    const [source] = await db.select({ id: jobSources.id }).from(jobSources).limit(1);
    expect(source).toBeDefined();
    const email = `merge-${unique()}@example.com`;
    const survivor = await newCandidate({ email, skills: [{ name: "Python", level: "advanced" }] });
    const other = await newCandidate({ email, phone: "+44 20 7946 0000", summary: "A longer summary from the other profile", skills: [{ name: "Python", level: "expert" }, "SQL"], resume_id: await draftResume(userIds.recruiter, `cv ${unique()}`) });
    const links = [
      { candidateId: survivor, sourceId: source.id, externalId: `s-${unique()}`, contentHash: "a" },
      { candidateId: other, sourceId: source.id, externalId: `o-${unique()}`, contentHash: "b" },
      { candidateId: other, sourceId: source.id, externalId: `o2-${unique()}`, contentHash: "c" },
    ];
    await db.insert(candidateSourceLinks).values(links);
    await db.insert(placements).values({ sourceId: source.id, externalId: `pl-${unique()}`, candidateId: other, status: "submitted" });

    const res = await callJson<{ id: string; merged_id: string }>(merge, `/api/v1/candidates/${survivor}/merge`, { key: keys.recruiter, params: { id: survivor }, body: { duplicate_id: other } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ id: survivor, merged_id: other });
    const kept = (await getAs(keys.recruiter, survivor)).body.data;
    expect(kept.sources.map((s) => s.external_id).sort()).toEqual(links.map((l) => l.externalId).sort());
    expect(kept.resumes).toHaveLength(1);
    expect(kept).toMatchObject({ phone: "+44 20 7946 0000", possible_duplicate: false });
    expect(kept.skills).toEqual(expect.arrayContaining([{ name: "Python", level: "expert" }, { name: "SQL", level: null }]));
    expect(kept.skills).toHaveLength(2);
    const [moved] = await db.select({ n: sql<number>`count(*)::int` }).from(placements).where(eq(placements.candidateId, survivor));
    expect(Number(moved.n)).toBe(1);
    expect((await getAs(keys.recruiter, other)).status).toBe(404);
    const [gone] = await db.select({ n: sql<number>`count(*)::int` }).from(candidateSourceLinks).where(and(eq(candidateSourceLinks.candidateId, other)));
    expect(Number(gone.n)).toBe(0);
    const events = await db.select().from(outbox).where(eq(outbox.name, "candidates/changed"));
    expect(events.some((e) => (e.data as { candidateIds: string[] }).candidateIds.includes(other))).toBe(true);

    const again = await callJson(merge, `/api/v1/candidates/${survivor}/merge`, { key: keys.recruiter, params: { id: survivor }, body: { duplicate_id: other } });
    expect(again.status).toBe(404);
    const self = await callJson(merge, `/api/v1/candidates/${survivor}/merge`, { key: keys.recruiter, params: { id: survivor }, body: { duplicate_id: survivor } });
    expect(self.status).toBe(400);
  });
});
