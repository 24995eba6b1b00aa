import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { sameOrigin, signIn } from "./helpers";

test("a recruiter schedules an interview from an application page and downloads the .ics", async ({ page }) => {
  await signIn(page, "recruiter@example.com");
  // The application is made through the API: this spec is about interviews, not the pipeline.
  const stamp = Date.now();
  const job = await page.request.post("/api/v1/jobs", { data: { title: `E2E Interview Engineer ${stamp}`, description: "Builds interview tooling in TypeScript." }, headers: sameOrigin(page) });
  expect(job.status()).toBe(201);
  const candidate = await page.request.post("/api/v1/candidates", { data: { first_name: "Iris", last_name: "Interview", email: `iris-${stamp}@example.com` }, headers: sameOrigin(page) });
  expect(candidate.status()).toBe(201);
  const application = await page.request.post("/api/v1/applications", { data: { job_id: (await job.json()).id, candidate_id: (await candidate.json()).id }, headers: sameOrigin(page) });
  expect(application.status()).toBe(201);
  const applicationId = (await application.json()).id as string;

  await page.goto(`/applications/${applicationId}`);
  const interviews = page.getByTestId("application-interviews");
  await expect(interviews.getByText("No interviews yet.", { exact: false })).toBeVisible({ timeout: 30_000 });
  await interviews.getByRole("button", { name: "Schedule interview" }).click();
  const dialog = page.getByRole("dialog", { name: "Schedule interview" });
  await dialog.getByLabel("Type").selectOption("video");
  await dialog.getByLabel("Time zone").selectOption("Europe/Berlin");
  await dialog.getByLabel("Starts at").fill("2027-03-10T09:30");
  await dialog.getByLabel("Duration (minutes)").fill("60");
  await dialog.getByLabel("Video link").fill("https://meet.example.com/iris");
  await dialog.getByLabel("Interviewers (e-mail addresses)").fill("panel@example.com");
  await dialog.getByRole("button", { name: "Schedule interview" }).click();

  await expect(interviews.getByRole("status")).toHaveText("Interview scheduled.", { timeout: 30_000 });
  const item = interviews.getByTestId("interview-item");
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Video interview");
  await expect(item).toContainText("panel@example.com");

  const [download] = await Promise.all([page.waitForEvent("download"), item.getByRole("link", { name: /Download \.ics/ }).click()]);
  expect(download.suggestedFilename()).toBe("interview-2027-03-10-iris-interview.ics");
  const text = await readFile((await download.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  // 09:30 in Berlin in March (+01:00) is 08:30 UTC.
  expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-10T08:30:00.000Z");
  expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-10T09:30:00.000Z");
  expect(event.summary).toContain("Iris Interview");
  expect(vevent.getFirstPropertyValue("sequence")).toBe(0);
  expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  expect(vevent.getAllSubcomponents("valarm").map((a) => String(a.getFirstPropertyValue("trigger"))).sort()).toEqual(["-P1D", "-PT15M", "-PT1H"]);

  // The application moved on when the interview was scheduled.
  const moved = await page.request.get(`/api/v1/applications/${applicationId}`);
  expect((await moved.json()).data.stage).toBe("interview_scheduled");
});
