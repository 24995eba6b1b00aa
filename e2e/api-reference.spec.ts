import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a recruiter opens the API reference from the nav and expands an operation from the keyboard", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "API", exact: true }).click();
  await expect(page.getByRole("heading", { name: "API reference", level: 1 })).toBeVisible();

  const listJobs = page.locator("summary").filter({ has: page.locator("code", { hasText: /^\/api\/v1\/jobs$/ }) }).filter({ hasText: "GET" });
  await expect(listJobs).toHaveCount(1);
  await listJobs.focus();
  await page.keyboard.press("Enter");
  const operation = page.locator("details", { has: listJobs });
  await expect(operation).toHaveAttribute("open", "");
  await expect(operation.getByRole("table", { name: "Parameters" })).toBeVisible();
  await expect(operation.getByRole("cell", { name: "q", exact: true })).toBeVisible();

  const document = await page.request.get("/api/v1/openapi.json");
  expect(document.ok()).toBe(true);
  expect((await document.json()).openapi).toMatch(/^3\.1\./);
});

test("the jobs page's CSV export carries the filters and has one row per matching job", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.goto("/jobs?remote=true");
  const csvLink = page.getByRole("group", { name: /^Export/ }).getByRole("link", { name: "Export CSV" });
  const href = await csvLink.getAttribute("href");
  expect(href).toContain("/api/v1/jobs/export");
  expect(href).toContain("format=csv");
  expect(href).toContain("remote=true");

  const csv = await page.request.get(href!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).split("\r\n").filter(Boolean);
  expect(lines[0]).toContain("title");

  const json = await page.request.get(href!.replace("format=csv", "format=json"));
  const rows = (await json.json()) as unknown[];
  expect(rows.length).toBeGreaterThan(0);
  // A description may hold line breaks inside quotes, so count rows by the JSON export instead of lines.
  expect(lines.length).toBeGreaterThanOrEqual(rows.length + 1);
});
