import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "@/lib/config";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
  vi.resetModules();
});

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

describe("inngest client", () => {
  it("hands events to the Inngest server in INNGEST_BASE_URL instead of the in-process runner", async () => {
    const received: Array<{ method: string; url: string; body: string }> = [];
    const server = createServer(async (req, res) => {
      received.push({ method: req.method!, url: req.url!, body: await body(req) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ids: ["evt-from-inngest"], status: 200 }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      process.env.INNGEST_DEV = "1";
      process.env.INNGEST_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resetConfigForTests();
      const { inngest } = await import("./client");
      const { companyJobsChanged } = await import("./events");
      const sent = await inngest.send(companyJobsChanged.create({ companyIds: ["6f1c1d5e-4f7e-4d3a-9a55-0d6f7c2f2b11"] }));
      expect(sent.ids).toEqual(["evt-from-inngest"]);
      expect(received).toHaveLength(1);
      expect(received[0].method).toBe("POST");
      expect(received[0].url).toMatch(/^\/e\//);
      expect(JSON.parse(received[0].body)).toEqual([expect.objectContaining({ name: "company/jobs.changed", data: { companyIds: ["6f1c1d5e-4f7e-4d3a-9a55-0d6f7c2f2b11"] } })]);
    } finally {
      server.close();
    }
  });
});
