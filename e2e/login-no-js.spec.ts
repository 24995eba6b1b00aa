import { expect, test } from "@playwright/test";
import { demoPassword } from "./helpers";

test.use({ javaScriptEnabled: false });

test("without client script the login form POSTs, never puts the password in a URL, and lands on the callback", async ({ page }) => {
  const urls: string[] = [];
  page.on("request", (req) => urls.push(req.url()));
  await page.goto("/login?callbackUrl=%2Fsync");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("wrong-password-123");
  const [failed] = await Promise.all([page.waitForRequest((r) => r.method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
  expect(failed.method()).toBe("POST");
  await expect(page.getByRole("alert")).toContainText("don't match");

  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/sync$/);
  await expect(page.getByTestId("current-user")).toHaveText("Ada Admin");
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).not.toContain("password");
  for (const url of urls) expect(url).not.toContain(demoPassword);
});

test("a callbackUrl to another host keeps the user on this site", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2F%2Fevil.example%2Fsteal");
  await page.getByLabel("Email").fill("recruiter@example.com");
  await page.getByLabel("Password").fill(demoPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/jobs/);
});
