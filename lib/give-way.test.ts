import { once } from "node:events";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { giveWayEvery } from "./give-way";

const busyFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // synchronous work, as a transform loop does
  }
};

describe("giveWayEvery", () => {
  it("is due only once the slice is used up", async () => {
    const slices = giveWayEvery(20);
    expect(slices.due()).toBe(false);
    busyFor(25);
    expect(slices.due()).toBe(true);
    await slices.giveWay();
    expect(slices.due()).toBe(false);
  });

  it("lets I/O that arrived during the work be handled before the loop goes on", async () => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const accepted = once(server, "connection") as Promise<[net.Socket]>;
    const client = net.connect((server.address() as net.AddressInfo).port, "127.0.0.1");
    await once(client, "connect");
    const [peer] = await accepted;
    const order: string[] = [];
    peer.on("data", () => order.push("answer read"));
    // As in a loop that gave way before: this code now runs after the loop's check for I/O.
    await giveWayEvery(0).giveWay();
    try {
      // The answer is in the socket before the busy work starts; it can be read only when the loop gives way.
      client.write("rows");
      busyFor(20);
      expect(order).toEqual([]);
      await giveWayEvery(0).giveWay();
      order.push("loop goes on");
      expect(order).toEqual(["answer read", "loop goes on"]);
    } finally {
      client.destroy();
      peer.destroy();
      server.close();
    }
  });
});
