import { expect, test } from "@playwright/test";
import { sameOrigin, signIn } from "./helpers";

test("an admin clicks Sync now and watches the run finish with its counts", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Sync" }).click();
  await expect(page.getByRole("heading", { name: "Sync", level: 1 })).toBeVisible();

  const card = page.getByRole("article", { name: "Source Greenhouse Brightwave" });
  await expect(card.getByText("Never synced.")).toBeVisible();
  await card.getByRole("button", { name: "Sync Greenhouse Brightwave now" }).click();

  const lastRun = page.getByTestId("last-run-Greenhouse Brightwave");
  await expect(lastRun.getByText(/succeeded|partial/)).toBeVisible({ timeout: 45_000 });
  const fetched = Number(await lastRun.locator('[data-count="fetched"]').textContent());
  expect(fetched).toBeGreaterThan(0);
  await expect(lastRun.locator('[data-count="inserted"]')).not.toHaveText("0");
  await expect(card.getByRole("button", { name: "Sync Greenhouse Brightwave now" })).toBeEnabled();

  await expect(page.getByTestId("run-row").first()).toContainText("Greenhouse Brightwave");

  // The synced jobs are in the catalogue, each with the source it came from.
  const res = await page.request.get("/api/v1/jobs?source=Greenhouse%20Brightwave&limit=1");
  const body = await res.json();
  expect(body.total).toBeGreaterThan(0);
  const detail = await (await page.request.get(`/api/v1/jobs/${body.data[0].id}`)).json();
  expect(detail.data.sources[0]).toMatchObject({ source: "Greenhouse Brightwave", type: "greenhouse" });
});

test("a recruiter sees sources and runs but cannot start a sync", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.goto("/sync");
  await expect(page.getByRole("article", { name: "Source Adzuna GB" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Sync .* now/ })).toHaveCount(0);
  const res = await page.request.post("/api/v1/sync", { data: { source: "Adzuna GB", mode: "full" }, headers: sameOrigin(page) });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.message).toMatch(/role/);
});

test("an admin adds a source, is told about a bad config, and can disable it", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await page.goto("/sync");
  await page.getByText("Add a job source").click();
  await page.getByLabel("Type").selectOption("lever");
  await page.getByLabel("Name", { exact: true }).fill("Lever Skyforge");
  await page.getByLabel(/Config/).fill('{"site": "sky forge!"}');
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "site" })).toBeVisible();

  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Lever Skyforge");
  await page.getByLabel(/Config/).fill(`{"site": "skyforge"}`);
  await page.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByText("Added “Lever Skyforge”")).toBeVisible();
  const card = page.getByRole("article", { name: "Source Lever Skyforge" });
  await expect(card.getByText("Never synced.")).toBeVisible();

  await card.getByRole("button", { name: "Disable Lever Skyforge" }).click();
  await expect(card.getByText("disabled", { exact: true })).toBeVisible();
  await expect(card.getByRole("button", { name: "Sync Lever Skyforge now" })).toBeDisabled();
  const res = await page.request.post("/api/v1/sync", { data: { source: "Lever Skyforge", mode: "full" }, headers: sameOrigin(page) });
  expect(res.status()).toBe(422);
  // The same call from another site's page is refused: the session cookie alone is not enough.
  const crossSite = await page.request.post("/api/v1/sync", { data: { source: "Lever Skyforge", mode: "full" }, headers: { origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
});
