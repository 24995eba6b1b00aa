import { expect, test } from "@playwright/test";
import { fillSignIn, signIn, signOut } from "./helpers";

test("a guest is sent to sign in, and a wrong password is refused", async ({ page }) => {
  await page.goto("/jobs");
  await expect(page).toHaveURL(/\/login/);
  await fillSignIn(page, "recruiter@example.com", "not-the-password");
  await expect(page.locator("form").getByRole("alert")).toContainText("don't match");
});

test("the admin sees the dashboard with demo jobs, creates an API key on Account, revokes it in Settings and signs out", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await expect(page).toHaveURL(/\/jobs/);
  await expect(page.getByTestId("current-user")).toHaveText("Ada Admin");
  const nav = page.getByRole("navigation", { name: "Main", exact: true });
  for (const item of ["Jobs", "Candidates", "Matches", "Pipeline", "Sync", "Metrics", "Settings", "Account"]) {
    await expect(nav.getByRole("link", { name: item })).toBeVisible();
  }
  await expect(page.getByRole("row")).toHaveCount(21);
  await expect(page.getByText(/Page 1 of 3 · 60 results/)).toBeVisible();

  await nav.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Key name").fill("e2e key");
  await page.getByRole("button", { name: "Create API key" }).click();
  const key = (await page.getByTestId("new-api-key").textContent())!.trim();
  expect(key).toMatch(/^hf_/);
  const res = await page.request.get("/api/v1/jobs?limit=2", { headers: { authorization: `Bearer ${key}` } });
  expect(res.status()).toBe(200);
  expect((await res.json()).data).toHaveLength(2);

  await nav.getByRole("link", { name: "Settings" }).click();
  const row = page.getByTestId("workspace-key-row").filter({ hasText: "e2e key" });
  await row.getByRole("button", { name: "Revoke e2e key" }).click();
  await row.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(row.getByText("revoked")).toBeVisible();
  const after = await page.request.get("/api/v1/jobs?limit=2", { headers: { authorization: `Bearer ${key}` } });
  expect(after.status()).toBe(401);

  await signOut(page);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login/);
});

test("the recruiter searches and pages jobs, and is refused Settings", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await expect(page).toHaveURL(/\/jobs/);
  await expect(page.getByRole("link", { name: "Settings" })).toHaveCount(0);
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page.getByText(/Page 2 of 3/)).toBeVisible();

  await page.getByRole("searchbox").fill("kubernetes");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=kubernetes/);
  const titles = await page.locator("tbody tr td:first-child a").allTextContents();
  expect(titles.length).toBeGreaterThan(0);

  await page.getByRole("link", { name: titles[0] }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]);

  await page.goto("/settings");
  await expect(page).toHaveURL(/\/jobs\?denied=1/);
  await expect(page.getByRole("status")).toContainText("different role");
  await signOut(page);
});

test("the seeker lands in the portal and never sees recruiter pages", async ({ page }) => {
  await signIn(page, "seeker@example.com");
  await expect(page).toHaveURL(/\/portal/);
  await expect(page.getByRole("heading", { name: "Hi Sam" })).toBeVisible();
  for (const path of ["/jobs", "/candidates", "/settings", "/sync"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal\?denied=1/);
  }
  // The portal board has its own (empty) live region for drag announcements: pick the notice by its words.
  await expect(page.getByRole("status").filter({ hasText: "for recruiters" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Key name").fill("seeker script");
  await page.getByRole("button", { name: "Create API key" }).click();
  await expect(page.getByTestId("new-api-key")).toContainText("hf_");
  await page.getByRole("button", { name: "Revoke seeker script" }).click();
  await page.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByTestId("api-key-row").filter({ hasText: "seeker script" }).getByText("revoked")).toBeVisible();
  const candidates = await page.request.get("/api/v1/jobs?limit=1");
  expect(candidates.status()).toBe(200);
  await signOut(page);
});

test("the API refuses a call without a key with the JSON error body", async ({ request }) => {
  const res = await request.get("/api/v1/jobs", { headers: { cookie: "" } });
  expect(res.status()).toBe(401);
  expect(await res.json()).toMatchObject({ error: { code: "unauthenticated", details: null } });
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", database: "up", runner: "up" });
});
