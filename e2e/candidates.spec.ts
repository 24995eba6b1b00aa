import { expect, test } from "@playwright/test";
import { sameOrigin, signIn } from "./helpers";

test("a recruiter creates a job with listed skills and closes it; creates a candidate and sees the profile", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.goto("/jobs/new");
  await page.getByLabel("Title", { exact: true }).fill("E2E Data Engineer");
  await page.getByLabel("Description", { exact: true }).fill("Pipelines in Python and dbt. At least 3 years of experience with PostgreSQL.");
  await page.getByLabel("Location", { exact: true }).fill("Berlin, Germany");
  await page.getByLabel("Skill 1", { exact: true }).fill("postgres");
  await page.getByLabel("Level of skill 1", { exact: true }).selectOption("advanced");
  await page.getByRole("button", { name: "Add skill" }).click();
  await page.getByLabel("Skill 2", { exact: true }).fill("Docker");
  await page.getByLabel("Skill 2 required", { exact: true }).selectOption("nice");
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page).toHaveURL(/\/jobs\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  const skills = page.getByRole("list", { name: "Skills required" });
  await expect(skills).toContainText("PostgreSQL · advanced");
  await expect(skills).toContainText("Docker · intermediate · nice to have");
  await expect(page.getByText("At least 3 years of experience.")).toBeVisible();
  await page.getByRole("button", { name: "Close job" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close job" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible({ timeout: 60_000 });

  await page.goto("/candidates/new");
  await page.getByLabel("First name", { exact: true }).fill("Erika");
  await page.getByLabel("Last name", { exact: true }).fill("Mustermann");
  await page.getByLabel("E-mail", { exact: true }).fill("Erika.Mustermann@Example.com");
  await page.getByLabel("Location", { exact: true }).fill("Munich, Germany");
  await page.getByLabel("Skill 1", { exact: true }).fill("ReactJS");
  await page.getByLabel("Level of skill 1", { exact: true }).selectOption("expert");
  await page.getByLabel("Languages (one per line)", { exact: true }).fill("German (C2)\nEnglish - fluent");
  await page.getByRole("button", { name: "Create candidate" }).click();
  await expect(page).toHaveURL(/\/candidates\/[0-9a-f-]{36}$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Erika Mustermann" })).toBeVisible();
  await expect(page.getByText("React · expert")).toBeVisible();
  await expect(page.getByText("erika.mustermann@example.com")).toBeVisible();
  await expect(page.locator("section#matches")).toBeVisible();

  await page.goto("/candidates?skills=React");
  await expect(page.getByRole("link", { name: "Erika Mustermann" })).toBeVisible();
});

test("a recruiter merges a flagged duplicate after confirming; a seeker edits their own profile and reaches no other", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  const email = `dup-${Date.now()}@example.com`;
  const ids: string[] = [];
  for (const last of ["Duplicate", "Duplicate"]) {
    const res = await page.request.post("/api/v1/candidates", { data: { first_name: "Dana", last_name: last, email }, headers: sameOrigin(page) });
    expect(res.status()).toBe(201);
    ids.push((await res.json()).id);
  }
  await page.goto(`/candidates/${ids[0]}`);
  await expect(page.getByText("Possible duplicate", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Merge" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Merge" }).click();
  await expect(page.getByText("Possible duplicate", { exact: true })).toHaveCount(0, { timeout: 60_000 });
  expect((await page.request.get(`/api/v1/candidates/${ids[1]}`)).status()).toBe(404);
  await page.context().clearCookies();

  await signIn(page, "seeker@example.com");
  // The demo seeker already owns a profile (seeded): they edit it, and only it.
  await page.goto("/portal/profile");
  await expect(page.getByLabel("First name", { exact: true })).toHaveValue("Sam");
  await page.getByLabel("Title", { exact: true }).fill("Data Analyst");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Data Analyst", { timeout: 60_000 });
  expect((await page.request.get(`/api/v1/candidates/${ids[0]}`)).status()).toBe(404);
});
