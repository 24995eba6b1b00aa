import { expect, type Page } from "@playwright/test";

export const demoPassword = "hireflow-demo";

export async function fillSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in and waits until the app has taken the user to their home page. */
export async function signIn(page: Page, email: string, password = demoPassword) {
  await fillSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** The Origin header a browser sends with the app's own unsafe requests (page.request sends none). */
export function sameOrigin(page: Page): Record<string, string> {
  return { origin: new URL(page.url()).origin };
}
