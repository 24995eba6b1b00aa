import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a seeker browses recommendations by algorithm, reads why, dismisses one and undoes it, and opens what we know of the company", async ({ page }) => {
  await signIn(page, "seeker@example.com");
  await page.goto("/portal/recommendations");
  const panel = page.getByRole("tabpanel");
  const cards = panel.getByRole("listitem").filter({ has: page.getByRole("list", { name: "Why this job" }) });
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("tab", { name: "Best for you" })).toHaveAttribute("aria-selected", "true");
  // Every card says why, in words.
  await expect(cards.first().getByRole("list", { name: "Why this job" }).getByRole("listitem").first()).not.toBeEmpty();

  // Dismiss the first job: it leaves the list and an undo is offered; undo brings it back.
  const title = (await cards.first().getByRole("heading").innerText()).trim();
  // Titles repeat across companies: the job is known by its link.
  const href = await cards.first().getByRole("heading").getByRole("link").getAttribute("href");
  const sameJob = panel.locator(`h3 a[href="${href}"]`);
  await expect(sameJob).toHaveCount(1);
  await cards.first().getByRole("button", { name: `Dismiss ${title}` }).click();
  await expect(page.getByText(`Dismissed ${title}`)).toBeVisible();
  await expect(sameJob).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(sameJob).toHaveCount(1, { timeout: 15_000 });

  // The company card opens in place.
  await cards.first().getByRole("button", { name: /^About / }).click();
  await expect(cards.first().getByText(/^What Hireflow knows of /)).toBeVisible({ timeout: 15_000 });

  // The tabs work from the keyboard.
  await page.getByRole("tab", { name: "Best for you" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Fits your profile" })).toHaveAttribute("aria-selected", "true");
  await expect(cards.first()).toBeVisible({ timeout: 30_000 });
});
