import { randomUUID } from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { sameOrigin, signIn } from "./helpers";

/** A job of the test's own with three candidates in Applied, so the test owns every card it moves. */
async function jobWithApplicants(page: Page, names: string[]) {
  const run = randomUUID().slice(0, 8);
  const job = await page.request.post("/api/v1/jobs", { headers: sameOrigin(page), data: { title: `Pipeline check ${run}`, description: "A job for the pipeline check.", company: "Bluefin Payments", location: "London, UK" } });
  expect(job.status()).toBe(201);
  const jobId = ((await job.json()) as { id: string }).id;
  const applications: Record<string, string> = {};
  for (const name of names) {
    const [first, last] = name.split(" ");
    const candidate = await page.request.post("/api/v1/candidates", { headers: sameOrigin(page), data: { first_name: first, last_name: last, email: `${first}.${run}@example.com`.toLowerCase() } });
    expect(candidate.status()).toBe(201);
    const candidateId = ((await candidate.json()) as { id: string }).id;
    const created = await page.request.post("/api/v1/applications", { headers: sameOrigin(page), data: { job_id: jobId, candidate_id: candidateId } });
    expect(created.status()).toBe(201);
    applications[name] = ((await created.json()) as { id: string }).id;
  }
  return { jobId, applications };
}

async function stageOf(page: Page, applicationId: string) {
  const res = await page.request.get(`/api/v1/applications/${applicationId}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { data: { stage: string } }).data.stage;
}

/** dnd-kit follows real pointer events: press, travel past the activation distance, glide to the column, release. */
async function dragWithMouse(page: Page, card: Locator, column: Locator) {
  const from = (await card.boundingBox())!;
  const to = (await column.boundingBox())!;
  const start = { x: from.x + 12, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 12, start.y, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 20 });
  await page.mouse.up();
}

const column = (page: Page, stage: string) => page.getByTestId(`column-${stage}`);
const cardIn = (page: Page, stage: string, name: string) => column(page, stage).getByRole("listitem").filter({ hasText: name });

test("a recruiter moves one card with the mouse and another with the keyboard alone, and both moves persist", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  const { jobId, applications } = await jobWithApplicants(page, ["Priya Raman", "Tomas Berg", "Ana Lima"]);
  await page.goto(`/pipeline?job_id=${jobId}`);
  await expect(cardIn(page, "applied", "Priya Raman")).toBeVisible();
  await expect(column(page, "applied").getByRole("heading")).toContainText("(3)");

  await dragWithMouse(page, cardIn(page, "applied", "Priya Raman"), column(page, "interview_scheduled"));
  await expect(cardIn(page, "interview_scheduled", "Priya Raman")).toBeVisible();
  await expect(page.getByText("Priya Raman moved to Interview scheduled.").first()).toBeAttached();

  // Keyboard only: focus the card's handle, pick it up, one column right, drop.
  const handle = page.getByRole("button", { name: "Move Tomas Berg, in Applied" });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByText("Picked up Tomas Berg, in Applied.")).toBeAttached();
  // Columns the card may not go to look disabled while it is held.
  await expect(column(page, "hired")).toHaveAttribute("data-drop", "disallowed");
  await expect(column(page, "screening")).toHaveAttribute("data-drop", "allowed");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByText("Tomas Berg is over Screening.")).toBeAttached();
  await page.keyboard.press("Space");
  await expect(cardIn(page, "screening", "Tomas Berg")).toBeVisible();
  await expect(page.getByText("Tomas Berg moved to Screening.").first()).toBeAttached();

  await expect.poll(() => stageOf(page, applications["Tomas Berg"]), { timeout: 15_000 }).toBe("screening");
  await page.reload();
  await expect(cardIn(page, "interview_scheduled", "Priya Raman")).toBeVisible();
  await expect(cardIn(page, "screening", "Tomas Berg")).toBeVisible();
  await expect(cardIn(page, "applied", "Ana Lima")).toBeVisible();
  await expect(column(page, "applied").getByRole("heading")).toContainText("(1)");
  expect(await stageOf(page, applications["Priya Raman"])).toBe("interview_scheduled");
});

test("a move the server refuses goes back with the server's message; rejecting asks for a note", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  const { jobId, applications } = await jobWithApplicants(page, ["Lena Ortiz", "Omar Haddad"]);
  // No live updates on this page, so it still shows Lena in Applied after she withdraws elsewhere.
  await page.route("**/api/v1/live**", (route) => route.abort());
  await page.goto(`/pipeline?job_id=${jobId}`);
  await expect(cardIn(page, "applied", "Lena Ortiz")).toBeVisible();
  const withdrawn = await page.request.post(`/api/v1/applications/${applications["Lena Ortiz"]}/status`, { headers: sameOrigin(page), data: { status: "withdrawn" } });
  expect(withdrawn.status()).toBe(200);

  await dragWithMouse(page, cardIn(page, "applied", "Lena Ortiz"), column(page, "screening"));
  const alert = page.getByRole("alert").filter({ hasText: "Lena Ortiz was not moved to Screening" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("final");
  await expect(cardIn(page, "screening", "Lena Ortiz")).toHaveCount(0);
  // The board refetches after the refusal and shows where Lena really is.
  await expect(column(page, "withdrawn").getByRole("heading")).toContainText("(1)", { timeout: 15_000 });

  // Rejected is the far end of the board: the keyboard carries the card there, past Hired, which it cannot enter yet.
  await page.getByRole("button", { name: "Move Omar Haddad, in Applied" }).focus();
  await page.keyboard.press("Enter");
  // Each key waits for its announcement: a key pressed before the pick-up has registered is lost.
  await expect(page.getByText("Picked up Omar Haddad, in Applied.")).toBeAttached();
  for (const stage of ["Screening", "Interview scheduled", "Interviewing", "Offer", "Rejected"]) {
    await page.keyboard.press("ArrowRight");
    await expect(page.getByText(`Omar Haddad is over ${stage}.`)).toBeAttached();
  }
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Move Omar Haddad to Rejected" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Note (optional)").fill("Salary expectations far above the range.");
  await dialog.getByRole("button", { name: "Move to Rejected" }).click();
  await expect(column(page, "rejected").getByRole("heading")).toContainText("(1)");
  await expect.poll(() => stageOf(page, applications["Omar Haddad"]), { timeout: 15_000 }).toBe("rejected");
});

test("another recruiter's move shows on an open board without a reload, and the job's funnel counts it", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  const { jobId, applications } = await jobWithApplicants(page, ["Mei Chen"]);
  await page.goto(`/jobs/${jobId}/pipeline`);
  await expect(cardIn(page, "applied", "Mei Chen")).toBeVisible();
  const funnel = page.getByRole("table", { name: /Funnel/ });
  await expect(funnel.getByRole("row", { name: /Applied/ })).toContainText("1", { timeout: 15_000 });

  const moved = await page.request.post(`/api/v1/applications/${applications["Mei Chen"]}/status`, { headers: sameOrigin(page), data: { status: "screening" } });
  expect(moved.status()).toBe(200);
  await expect(cardIn(page, "screening", "Mei Chen")).toBeVisible({ timeout: 15_000 });
  await expect(cardIn(page, "applied", "Mei Chen")).toHaveCount(0);
  await expect(funnel.getByRole("row", { name: /Screening/ })).toContainText("100%", { timeout: 15_000 });
});
