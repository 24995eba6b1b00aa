import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoPassword, sameOrigin, signIn } from "./helpers";

const careersPage = readFileSync(path.join(process.cwd(), "e2e", "fixtures", "careers-job-page.html"), "utf8");
const careersUrl = "https://careers.example/jobs/42";

/** A signed-in page of its own (own cookies), for a second person in the same test. */
async function signedInPage(browser: Browser, email: string, password = demoPassword): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

test("a seeker saves a job, marks it applied, adds one with the bookmarklet, sees a recruiter's move live; another seeker sees none of it", async ({ page, browser, context }) => {
  // Four people and two tabs in one journey: more than the default minute on a loaded machine.
  test.setTimeout(240_000);
  const run = randomUUID().slice(0, 8);
  const recruiter = await signedInPage(browser, "recruiter@example.com");
  const job = await recruiter.request.post("/api/v1/jobs", {
    headers: sameOrigin(recruiter),
    data: { title: `Tracker check ${run}`, description: "A job for the tracker check.", company: "Bluefin Payments", location: "Berlin, DE" },
  });
  expect(job.status()).toBe(201);
  const title = `Tracker check ${run}`;

  // Save from the job list, then mark applied on the job page.
  await signIn(page, "seeker@example.com");
  await page.goto(`/portal/jobs?q=${encodeURIComponent(title)}`);
  await page.getByRole("button", { name: `Save ${title}` }).click();
  await expect(page.getByRole("button", { name: `Mark ${title} applied` })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await page.getByRole("button", { name: `Mark ${title} applied` }).click();
  await page.getByRole("link", { name: "See follow-ups planned →" }).click();
  await expect(page).toHaveURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
  const applicationId = page.url().split("/").pop()!;
  await expect(page.getByTestId("application-stage")).toContainText("Applied");
  // Day 3, 7 and 14 after applying, planned by the follow-ups feature's stage hook.
  await expect(page.getByTestId("follow-up")).toHaveCount(3, { timeout: 15_000 });
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Saved → Applied");

  // The bookmarklet, run on a job page in the seeker's own browser, opens the prefilled form.
  await page.goto("/portal/bookmarklet");
  const bookmarklet = page.getByTestId("bookmarklet");
  await expect(bookmarklet).toHaveAttribute("href", /^javascript:/);
  const href = (await bookmarklet.getAttribute("href"))!;
  await page.route(careersUrl, (route) => route.fulfill({ contentType: "text/html", body: careersPage }));
  await page.goto(careersUrl);
  const opened = context.waitForEvent("page");
  await page.evaluate(decodeURIComponent(href.slice("javascript:".length)));
  const form = await opened;
  await form.waitForLoadState();
  await expect(form).toHaveURL(/\/portal\/applications\/new\?/);
  await expect(form.getByLabel("Job title")).toHaveValue("Data Analyst");
  await expect(form.getByLabel("Company")).toHaveValue("Harbor Logistics");
  await expect(form.getByLabel("Location")).toHaveValue("Rotterdam, NL");
  await expect(form.getByLabel("Link to the job")).toHaveValue(careersUrl);
  await expect(form.getByLabel("Description")).toHaveValue("Turn shipment data into decisions.\n\n- SQL & Python");
  await form.getByRole("button", { name: "Add to my tracker" }).click();
  await expect(form).toHaveURL(/\/portal\/applications\/[0-9a-f-]{36}$/);
  await expect(form.getByRole("heading", { name: "Data Analyst" })).toBeVisible();
  await form.close();

  // The recruiter moves the application on their side; the seeker's open board follows without a reload.
  await page.goto("/portal");
  // Every widget of the home page loads at once from one busy server: allow it time.
  await expect(page.getByTestId("column-applied").getByTestId(`card-${applicationId}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("column-saved").getByText("Data Analyst")).toBeVisible();
  const moved = await recruiter.request.post(`/api/v1/applications/${applicationId}/status`, { headers: sameOrigin(recruiter), data: { status: "screening" } });
  expect(moved.status()).toBe(200);
  await expect(page.getByTestId("column-screening").getByTestId(`card-${applicationId}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("column-applied").getByTestId(`card-${applicationId}`)).toHaveCount(0);

  // A second seeker, added by an admin, sees none of it: not on a page, not in the API.
  const admin = await signedInPage(browser, "admin@example.com");
  const email = `kim.${run}@example.com`;
  const password = `kim-${run}-password`;
  const created = await admin.request.post("/api/v1/users", { headers: sameOrigin(admin), data: { email, name: "Kim Other", role: "seeker", password } });
  expect(created.status()).toBe(201);
  const kim = await signedInPage(browser, email, password);
  const profile = await kim.request.post("/api/v1/candidates", { headers: sameOrigin(kim), data: { first_name: "Kim", last_name: "Other" } });
  expect(profile.status()).toBe(201);
  // The page streams behind a loading state, so the not-found answer shows in the page rather than the status.
  await kim.goto(`/portal/applications/${applicationId}`);
  await expect(kim.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  await expect(kim.getByText(title)).toHaveCount(0);
  expect((await kim.request.get(`/api/v1/applications/${applicationId}`)).status()).toBe(404);
  const list = await kim.request.get("/api/v1/applications?limit=100");
  expect(list.status()).toBe(200);
  expect(((await list.json()) as { total: number }).total).toBe(0);
  await kim.goto("/portal");
  await expect(kim.getByText("Nothing tracked yet.")).toBeVisible({ timeout: 30_000 });
  await expect(kim.getByText(title)).toHaveCount(0);
});
