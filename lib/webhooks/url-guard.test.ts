import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook } from "./send";
import { isNonPublicAddress, resolveWebhookTarget } from "./url-guard";

describe("isNonPublicAddress", () => {
  it("refuses loopback, private, link-local, shared, mapped and reserved addresses", () => {
    const refused = ["127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a00:1"];
    expect(refused.filter((a) => !isNonPublicAddress(a))).toEqual([]);
  });

  it("lets public addresses through", () => {
    const allowed = ["93.184.215.14", "8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:808:808"];
    expect(allowed.filter((a) => isNonPublicAddress(a))).toEqual([]);
  });
});

describe("resolveWebhookTarget", () => {
  const resolveTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: (address.includes(":") ? 6 : 4) as 4 | 6 }));

  it("refuses a host when any of its addresses is private (one rotating DNS answer is enough)", async () => {
    await expect(resolveWebhookTarget("https://hooks.example.com/x", { strict: true, resolve: resolveTo("93.184.215.14", "10.0.0.7") })).rejects.toMatchObject({ details: { url: "private_address" } });
  });

  it("returns the checked address to connect to", async () => {
    const { target } = await resolveWebhookTarget("https://hooks.example.com/x", { strict: true, resolve: resolveTo("93.184.215.14") });
    expect(target).toEqual({ address: "93.184.215.14", family: 4 });
  });

  it("outside production allows http and private hosts", async () => {
    const { target } = await resolveWebhookTarget("http://hooks.internal:8080/x", { strict: false, resolve: resolveTo("10.0.0.7") });
    expect(target.address).toBe("10.0.0.7");
  });

  it("an unresolvable host is a validation error, not a crash", async () => {
    await expect(resolveWebhookTarget("https://nowhere.invalid/x", { strict: true, resolve: async () => Promise.reject(new Error("ENOTFOUND")) })).rejects.toMatchObject({ details: { url: "unresolvable" } });
  });
});

describe("sendWebhook", () => {
  let server: http.Server;
  let port: number;
  const hosts: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hosts.push(req.headers.host ?? "");
      if (req.url === "/slow") return void setTimeout(() => res.end("late"), 2000);
      res.end("x".repeat(100_000));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("connects to the checked address whatever the host name resolves to now, and caps the body it keeps", async () => {
    const result = await sendWebhook({ url: new URL(`http://rebinding.example.invalid:${port}/`), target: { address: "127.0.0.1", family: 4 }, headers: {}, body: "{}", timeoutMs: 5000 });
    expect(result).toMatchObject({ status: 200, error: null });
    expect(result.responseBody!.length).toBe(8192);
    expect(hosts.at(-1)).toBe(`rebinding.example.invalid:${port}`);
  });

  it("gives up after the timeout", async () => {
    const result = await sendWebhook({ url: new URL(`http://127.0.0.1:${port}/slow`), target: { address: "127.0.0.1", family: 4 }, headers: {}, body: "{}", timeoutMs: 200 });
    expect(result).toMatchObject({ status: null, error: "Timed out after 200 ms" });
  });
});
