import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { bodyBytes } from "./http";
import { createSimulator, type Simulator } from "./simulator";
import type { SimulatorOptions } from "./options";

export interface SimulatorServerOptions extends SimulatorOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface SimulatorServer {
  /** e.g. http://127.0.0.1:4010; a connector's base URL is `${url}/adzuna`. */
  url: string;
  simulator: Simulator;
  close(): Promise<void>;
}

export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const { port = 0, host = "127.0.0.1", ...simulatorOptions } = options;
  const simulator = createSimulator(simulatorOptions);
  const server = createServer((req, res) => {
    serve(simulator, req, res, host).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`simulator failure: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serve(simulator: Simulator, req: IncomingMessage, res: ServerResponse, host: string): Promise<void> {
  const aborted = new AbortController();
  // A client that gives up (timeout fault) closes the socket; stop waiting on its behalf.
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const request = new Request(`http://${req.headers.host ?? host}${req.url ?? "/"}`, {
    method,
    headers,
    body: method === "GET" || method === "HEAD" || chunks.length === 0 ? undefined : Buffer.concat(chunks),
    signal: aborted.signal,
  });
  const response = await simulator.handle(request);
  if (aborted.signal.aborted) return;
  res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
  res.end(await bodyBytes(response));
}
