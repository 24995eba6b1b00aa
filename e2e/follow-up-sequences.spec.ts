import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin adds a follow-up sequence, is told about an unknown placeholder, makes it the default, then deletes it after confirming", async ({ page }) => {
  await signIn(page, "admin@example.com");
  await page.goto("/settings");
  const card = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Follow-up sequences" }) }).last();
  const rows = card.getByTestId("follow-up-sequence");
  await expect(rows.filter({ hasText: "Standard" })).toContainText("day 3 · day 7 · day 14");

  const name = `Gentle ${Date.now()}`;
  await card.getByRole("button", { name: "New sequence" }).click();
  await card.getByLabel("Name").fill(name);
  await card.getByLabel("Days after applying").first().fill("2");
  await card.getByLabel("Message template").first().fill("Hi {recruiter_name}, a short check-in on {job_title}.");
  await card.getByRole("button", { name: "Add step" }).click();
  await card.getByLabel("Days after applying").nth(1).fill("9");
  await card.getByLabel("Message template").nth(1).fill("Any news on {job_title}? {bogus}");
  await card.getByRole("button", { name: "Save sequence" }).click();
  // The unknown placeholder is named, nothing is saved.
  await expect(card.getByText(/bogus/).last()).toBeVisible();
  await expect(rows.filter({ hasText: name })).toHaveCount(0);

  await card.getByLabel("Message template").nth(1).fill("Any news on {job_title}?");
  await card.getByRole("button", { name: "Save sequence" }).click();
  const row = rows.filter({ hasText: name });
  await expect(row).toContainText("day 2 · day 9");

  await row.getByRole("button", { name: "Make default" }).click();
  await expect(card.getByText(`${name} is now the default.`)).toBeVisible();
  await expect(row.getByText("Default", { exact: true })).toBeVisible();

  // Back to Standard (later specs plan its three follow-ups), then delete ours after the confirm.
  await rows.filter({ hasText: "Standard" }).getByRole("button", { name: "Make default" }).click();
  await expect(rows.filter({ hasText: "Standard" }).getByText("Default", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Delete ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Delete the sequence "${name}"?` });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(card.getByText(`Deleted ${name}.`)).toBeVisible();
  await expect(rows.filter({ hasText: name })).toHaveCount(0);
});
