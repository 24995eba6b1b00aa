import { readFileSync } from "node:fs";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { candidates, resumes, users, type User } from "@/db/schema";
import { claimResume } from "@/lib/resumes/claim";
import { callJson, callRoute, openApiTestEnvironment, type ApiKeys, type ApiTestEnvironment } from "@/tests/api";
import { GET as getFile } from "./resumes/[id]/file/route";
import { GET as getResume } from "./resumes/[id]/route";
import { POST as parseResume } from "./resumes/parse/route";

let env: ApiTestEnvironment;
let keys: ApiKeys;
beforeAll(async () => {
  env = await openApiTestEnvironment();
  keys = env.keys;
});
afterAll(() => env.close());

const fixture = (name: string) => readFileSync(join("tests/fixtures/resumes", name));

type ParsedBody = {
  first_name: string | null;
  last_name: string | null;
  experience_years: number | null;
  skills: { name: string; level: string }[];
  education: unknown[];
  languages: unknown[];
} & Record<string, unknown>;
type UploadBody = { resume_id: string; text: string; parsed: ParsedBody; error: { code: string; message: string } };

/** POSTs a multipart form with the file under `field`, as a browser's FormData would. */
async function upload(key: string | undefined, bytes: Uint8Array, fileName: string, type = "", field = "file") {
  const form = new FormData();
  form.append(field, new File([new Uint8Array(bytes)], fileName, { type }));
  const request = new NextRequest(new URL("/api/v1/resumes/parse", "http://localhost"), {
    method: "POST",
    body: form,
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });
  const res = await parseResume(request, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as UploadBody };
}

const resumeCount = async () => (await env.handle.db.select({ n: count() }).from(resumes))[0].n;
const candidateCount = async () => (await env.handle.db.select({ n: count() }).from(candidates))[0].n;
const userByEmail = async (email: string): Promise<User> => (await env.handle.db.select().from(users).where(eq(users.email, email)))[0];

describe("POST /api/v1/resumes/parse", () => {
  it("parses a PDF into snake_case fields and keeps a draft, creating no candidate", async () => {
    const before = await candidateCount();
    const res = await upload(keys.recruiter, fixture("jane-doe.pdf"), "jane-doe.pdf", "application/pdf");
    expect(res.status).toBe(200);
    expect(res.body.resume_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.text).toContain("Senior Backend Engineer, Monzo - London");
    expect(res.body.parsed).toMatchObject({ first_name: "Jane", last_name: "Doe", email: "jane.doe@example.com", phone: "+442079460958", location: "London, UK", title: "Senior Backend Engineer" });
    expect(res.body.parsed.skills).toEqual(expect.arrayContaining([{ name: "Python", level: "intermediate" }, { name: "PostgreSQL", level: "intermediate" }]));
    expect(res.body.parsed.education).toEqual([{ degree: "Bachelor", field: "Computer Science", institution: "University of Manchester", year: 2016 }]);
    expect(res.body.parsed.languages).toEqual([{ name: "English", level: "native" }, { name: "French", level: "B2" }]);
    expect(res.body.parsed.experience_years).toBeGreaterThan(9);
    expect(await candidateCount()).toBe(before);
    const [row] = await env.handle.db.select().from(resumes).where(eq(resumes.id, res.body.resume_id));
    expect(row).toMatchObject({ candidateId: null, claimedAt: null, mediaType: "application/pdf", fileName: "jane-doe.pdf", sizeBytes: fixture("jane-doe.pdf").byteLength });
  });

  it("parses a DOCX uploaded by a seeker, Cyrillic included", async () => {
    const res = await upload(keys.seeker, fixture("anna-ivanova.docx"), "Анна Иванова.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(res.status).toBe(200);
    expect(res.body.parsed).toMatchObject({ first_name: "Анна", last_name: "Иванова", phone: "+79161234567", location: "Москва" });
    expect(res.body.parsed.languages).toEqual([{ name: "Russian", level: "native" }, { name: "English", level: "B2" }]);
  });

  it("refuses unusable files with a 422 naming the problem, and stores nothing", async () => {
    const before = await resumeCount();
    const cases: [string, string, string][] = [
      ["encrypted.pdf", "application/pdf", "resume_encrypted"],
      ["scanned-image-only.pdf", "application/pdf", "resume_no_text"],
      ["photo-named.pdf", "application/pdf", "resume_type_mismatch"],
      ["text-named.pdf", "application/pdf", "resume_type_mismatch"],
      ["corrupt.pdf", "", "resume_unreadable"],
      ["corrupt.docx", "", "resume_unreadable"],
    ];
    for (const [name, type, code] of cases) {
      const res = await upload(keys.recruiter, fixture(name), name, type);
      expect(res.status, name).toBe(422);
      expect(res.body.error, name).toMatchObject({ code, message: expect.any(String) });
    }
    const png = await upload(keys.recruiter, fixture("photo-named.pdf"), "photo.png", "image/png");
    expect(png.body.error.code).toBe("resume_unsupported_type");
    expect(await resumeCount()).toBe(before);
  });

  it("413 for a file over 5 MB, whether declared or streamed", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10).fill(0x61);
    const streamed = await upload(keys.recruiter, big, "big.txt", "text/plain");
    expect(streamed.status).toBe(413);
    expect(streamed.body.error.code).toBe("payload_too_large");
    const declared = await callRoute(parseResume, "/api/v1/resumes/parse", { key: keys.recruiter, rawBody: "x", headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(50 * 1024 * 1024) } });
    expect(declared.status).toBe(413);
  });

  it("400 for a body that is not multipart or has no file field; 401 without a key", async () => {
    const json = await callJson<{ error: { code: string } }>(parseResume, "/api/v1/resumes/parse", { key: keys.recruiter, body: { text: "hi" } });
    expect(json.status).toBe(400);
    expect(json.body.error.code).toBe("invalid_request");
    const noFile = await upload(keys.recruiter, fixture("jane-doe.txt"), "jane-doe.txt", "text/plain", "resume");
    expect(noFile.status).toBe(400);
    expect((await upload(undefined, fixture("jane-doe.txt"), "jane-doe.txt")).status).toBe(401);
  });
});

describe("GET /api/v1/resumes/{id} and /file", () => {
  it("shows the owner and recruiters the resume; a seeker gets 404 for anyone else's", async () => {
    const mine = (await upload(keys.seeker, fixture("jane-doe.txt"), "jane-doe.txt", "text/plain")).body.resume_id as string;
    const theirs = (await upload(keys.recruiter, fixture("michael-chen.docx"), "michael-chen.docx")).body.resume_id as string;
    const get = (key: string, id: string) => callJson<{ data: { text: string } & Record<string, unknown> }>(getResume, `/api/v1/resumes/${id}`, { key, params: { id } });
    const own = await get(keys.seeker, mine);
    expect(own.status).toBe(200);
    expect(own.body.data).toMatchObject({ id: mine, file_name: "jane-doe.txt", media_type: "text/plain; charset=utf-8", candidate_id: null, parsed: { first_name: "Jane" } });
    expect(own.body.data.text).toContain("Jane Doe");
    expect((await get(keys.recruiter, mine)).status).toBe(200);
    expect((await get(keys.seeker, theirs)).status).toBe(404);
    expect((await get(keys.seeker, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get(keys.seeker, "not-a-uuid")).status).toBe(400);
    expect((await callRoute(getFile, `/api/v1/resumes/${theirs}/file`, { key: keys.seeker, params: { id: theirs } })).status).toBe(404);
  });

  it("downloads the original bytes with their type as an attachment", async () => {
    const id = (await upload(keys.recruiter, fixture("marco-rossi-two-column.pdf"), "Marco Rossi CV.pdf", "application/pdf")).body.resume_id as string;
    const res = await callRoute(getFile, `/api/v1/resumes/${id}/file`, { key: keys.recruiter, params: { id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Marco Rossi CV.pdf"/);
    expect(Buffer.from(await res.arrayBuffer()).equals(fixture("marco-rossi-two-column.pdf"))).toBe(true);
  });
});

describe("claimResume", () => {
  it("attaches a draft to a candidate once: 409 after that, 404 for another user's or an unknown one", async () => {
    const recruiter = await userByEmail("recruiter@example.com");
    const seeker = await userByEmail("seeker@example.com");
    const id = (await upload(keys.recruiter, fixture("jane-doe.pdf"), "jane-doe.pdf")).body.resume_id as string;
    const [candidate] = await env.handle.db.insert(candidates).values({ fullName: "Jane Doe", firstName: "Jane", lastName: "Doe" }).returning();
    await expect(claimResume(env.handle.db, id, candidate.id, seeker)).rejects.toMatchObject({ code: "not_found" });
    await expect(claimResume(env.handle.db, "00000000-0000-4000-8000-000000000000", candidate.id, recruiter)).rejects.toMatchObject({ code: "not_found" });
    const claimed = await claimResume(env.handle.db, id, candidate.id, recruiter);
    expect(claimed).toMatchObject({ id, candidateId: candidate.id, claimedAt: expect.any(Date) });
    await expect(claimResume(env.handle.db, id, candidate.id, recruiter)).rejects.toMatchObject({ code: "conflict" });
  });
});
