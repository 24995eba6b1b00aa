import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { sameOrigin, signIn } from "./helpers";

const resumes = path.join(process.cwd(), "tests", "fixtures", "resumes");

/** Matches are stored by a background function after the save: reload until the section shows one. */
async function waitForMatches(page: Page, article: ReturnType<Page["locator"]>) {
  await expect
    .poll(
      async () => {
        await page.reload();
        return article.count();
      },
      { timeout: 60_000, intervals: [1_000, 2_000, 3_000] },
    )
    .toBeGreaterThan(0);
}

async function uploadAndSave(page: Page, file: string, expected: { first: string; last: string }, correction: { title: string }) {
  await page.goto("/candidates/upload");
  await page.getByLabel("Choose a file").setInputFiles(path.join(resumes, file));
  const firstName = page.getByLabel("First name", { exact: true });
  await expect(firstName).toHaveValue(expected.first, { timeout: 30_000 });
  await expect(page.getByLabel("Last name", { exact: true })).toHaveValue(expected.last);
  await expect(page.getByLabel("Extracted resume text")).toContainText(expected.last);
  // The recruiter corrects what the parser read before saving.
  await page.getByLabel("Title", { exact: true }).fill(correction.title);
  await page.getByRole("button", { name: "Save candidate" }).click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: `${expected.first} ${expected.last}` })).toBeVisible();
  await expect(page.getByText(correction.title).first()).toBeVisible();
}

test("a recruiter uploads a PDF and a DOCX resume, corrects a field, saves, and sees ranked jobs with reasons", async ({ page }) => {
  await signIn(page, "recruiter@example.com");

  await uploadAndSave(page, "jane-doe.pdf", { first: "Jane", last: "Doe" }, { title: "Staff Backend Engineer" });
  const matches = page.locator("section#matches article");
  await waitForMatches(page, matches);
  const best = matches.first();
  await expect(best.getByLabel(/^Score \d+%$/)).toBeVisible();
  await expect(best.locator("li").first()).toBeVisible();
  await expect(best).toContainText(/required skills/);
  // The resume download is the original file.
  const download = page.getByRole("link", { name: /jane-doe\.pdf/ });
  await expect(download).toBeVisible();

  await uploadAndSave(page, "michael-chen.docx", { first: "Michael", last: "Chen" }, { title: "Principal Engineer" });
  await expect(page.locator("section#matches")).toBeVisible();
});

test("a recruiter creates a job, sees ranked candidates with reasons, and shortlists one", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  const created = await page.request.post("/api/v1/jobs", {
    headers: sameOrigin(page),
    data: {
      title: "Senior Node.js Engineer",
      description: "Build our payments API in TypeScript and Node.js on PostgreSQL. At least 5 years of experience.",
      company: "Bluefin Payments",
      location: "London, UK",
      level: "senior",
      salary_min: 65000,
      salary_max: 90000,
      salary_currency: "GBP",
      skills: [
        { name: "TypeScript", level: "advanced", required: true },
        { name: "Node.js", level: "advanced", required: true },
        { name: "PostgreSQL", level: "intermediate", required: true },
      ],
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/jobs/${id}`);
  const priya = page.getByRole("article", { name: /^Match Priya Raman for/ });
  await waitForMatches(page, priya);
  await expect(priya).toContainText("3 of 3 required skills");
  await priya.getByRole("button", { name: "Shortlist" }).click();
  await expect(priya.getByText("shortlisted", { exact: true })).toBeVisible();

  const stored = await page.request.get(`/api/v1/jobs/${id}/matches`);
  expect(stored.status()).toBe(200);
  const body = (await stored.json()) as { data: Array<{ candidate: { full_name: string }; status: string; score: number; reasons: string[] }> };
  const row = body.data.find((m) => m.candidate.full_name === "Priya Raman");
  expect(row?.status).toBe("shortlisted");
  expect(row?.score).toBeGreaterThanOrEqual(0.7);
  // Ranked: best first.
  const scores = body.data.map((m) => m.score);
  expect(scores.length).toBeGreaterThan(0);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});
