import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { signIn } from "./helpers";

type Received = { headers: http.IncomingHttpHeaders; body: string };

test("an admin registers a webhook endpoint, sees a failed test message in its history, and redelivers it", async ({ page }) => {
  const received: Received[] = [];
  let answer = 500;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  try {
    await signIn(page, "admin@example.com");
    await page.goto("/settings");
    const form = page.getByRole("form", { name: "Register a webhook endpoint" });
    await form.getByLabel("Endpoint URL").fill(url);
    await form.getByLabel("Description (optional)").fill("E2E receiver");
    await form.getByRole("checkbox", { name: "application.status_changed" }).check();
    await form.getByRole("button", { name: "Register endpoint" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);

    const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: url });
    await expect(endpoint).toContainText("application.status_changed");
    await endpoint.getByRole("button", { name: `Send a test message to ${url}` }).click();
    await expect(endpoint.getByText("Test message: Not delivered: HTTP 500.")).toBeVisible();

    await endpoint.getByRole("link", { name: "Delivery history" }).click();
    await expect(page.getByRole("heading", { name: "Webhook deliveries" })).toBeVisible();
    const delivery = page.getByTestId("webhook-delivery").first();
    await expect(delivery).toContainText("webhook.test");
    await expect(delivery).toContainText("failed");

    answer = 204;
    await delivery.getByRole("button", { name: /^Redeliver webhook\.test/ }).click();
    await expect(delivery.getByText("Delivered (HTTP 204).")).toBeVisible();
    await page.reload();
    const after = page.getByTestId("webhook-delivery").first();
    await expect(after).toContainText("delivered");
    await after.getByText("Attempts and payload").click();
    await expect(after.getByTestId("webhook-attempt")).toHaveCount(2);

    expect(received).toHaveLength(2);
    expect(received[1].headers["webhook-id"]).toBe(received[0].headers["webhook-id"]);
    const verified = new Webhook(secret).verify(received[1].body, received[1].headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "webhook.test" });

    await page.goto("/settings");
    const row = page.getByTestId("webhook-endpoint").filter({ hasText: url });
    await row.getByRole("button", { name: `Delete ${url}` }).click();
    await row.getByRole("button", { name: "Yes, delete" }).click();
    await expect(page.getByTestId("webhook-endpoint").filter({ hasText: url })).toHaveCount(0);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
