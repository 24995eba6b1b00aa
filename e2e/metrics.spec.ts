import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a recruiter picks a range by keyboard, then a custom range with nothing in it shows the empty state", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Metrics" }).click();
  await expect(page.getByRole("heading", { name: "Metrics", level: 1 })).toBeVisible();

  const thirty = page.getByRole("radio", { name: "Last 30 days" });
  await expect(thirty).toBeChecked();
  await thirty.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "Last 7 days" })).toBeChecked();
  await expect(page).toHaveURL(/[?&]range=7\b/);
  await expect(page.getByText(/, 7 days\./)).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Last 90 days" })).toBeChecked();
  await expect(page).toHaveURL(/[?&]range=90\b/);
  await expect(page.getByText(/, 90 days, per week\./)).toBeVisible();

  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Custom" })).toBeChecked();
  await page.keyboard.press("Tab");
  const from = page.getByLabel("From");
  await expect(from).toBeFocused();
  await from.fill("2001-01-01");
  // Tab walks the day, month and year inside a date field in Chromium, so the next ones are reached directly.
  await page.getByLabel("To", { exact: true }).fill("2001-01-31");
  const show = page.getByRole("button", { name: "Show range" });
  await show.focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/from=2001-01-01&to=2001-01-31/);
  await expect(page.getByText("Nothing happened between 1 Jan and 31 Jan 2001")).toBeVisible();
  // The open jobs are a snapshot, shown whatever the range.
  await expect(page.getByRole("figure", { name: "Open jobs by country" })).toBeVisible();

  // Back goes to the previous range, and the picker follows.
  await page.goBack();
  await expect(page.getByRole("radio", { name: "Last 90 days" })).toBeChecked();
});

test("a chart's data table toggle reveals a real table of its numbers", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  await page.goto("/metrics?range=90");
  const figure = page.getByRole("figure", { name: "Open jobs by country" });
  const toggle = figure.getByRole("button", { name: "Show data table" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(figure.getByRole("table")).toBeHidden();

  await toggle.focus();
  await page.keyboard.press("Enter");
  const table = figure.getByRole("table", { name: "Open jobs by country" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Country" })).toBeVisible();
  const rows = table.getByRole("row");
  // A header row and at least one country.
  expect(await rows.count()).toBeGreaterThan(1);
  await expect(rows.nth(1).getByRole("cell")).toHaveText(/^\d+$/);

  await figure.getByRole("button", { name: "Hide data table" }).click();
  await expect(table).toBeHidden();
});

test("a bad range in the URL is explained, not a crash", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await page.goto("/metrics?from=2026-03-05&to=2026-03-01");
  await expect(page.getByText(/This date range cannot be shown: `from` must be on or before `to`\./)).toBeVisible();
  await page.locator("label", { hasText: "Last 7 days" }).click();
  await expect(page.getByText(/, 7 days\./)).toBeVisible();
  await expect(page.getByText(/cannot be shown/)).toHaveCount(0);
});

test("seekers are sent away from the Metrics page", async ({ page }) => {
  await signIn(page, "seeker@example.com");
  await page.goto("/metrics");
  await expect(page).toHaveURL(/\/portal\?denied=1/);
});
