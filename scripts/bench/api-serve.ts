// The HTTP side of `npm run bench:api`: Next route handlers served over node:http, the request's
// abort wired as Next wires it, streamed bodies written with backpressure.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";

export type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Handlers by exact path, and the one for `/api/v1/jobs/{id}`. */
export type ServedRoutes = { fixed: Record<string, Handler | null>; jobDetail?: Handler };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (part: Buffer) => parts.push(part));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

export function serve(routes: ServedRoutes): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://bench.local");
    const aborted = new AbortController();
    res.on("close", () => res.writableFinished || aborted.abort());
    const detail = routes.jobDetail ? /^\/api\/v1\/jobs\/([^/]+)$/.exec(url.pathname) : null;
    const fixed = routes.fixed[url.pathname];
    const handler = fixed ?? (detail ? routes.jobDetail! : null);
    if (!handler) return res.writeHead(404).end();
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === "string") headers.set(k, v);
    const body = req.method === "POST" ? await readBody(req) : undefined;
    const request = new NextRequest(url, { method: req.method, headers, body, signal: aborted.signal });
    const response = await handler(request, { params: Promise.resolve<Record<string, string>>(detail && !fixed ? { id: detail[1] } : {}) });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (!response.body) return res.end();
    // Streamed as the handler produces it (the export), waiting for the socket to drain.
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
      }
      res.end();
    } catch {
      res.destroy();
    }
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
