import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
// Renamed: it is not a React hook, and the hooks lint rule goes by the "use" prefix.
import { adoptDatabase, type DatabaseHandle, type Db } from "@/db";
import { users } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { demoUsers } from "@/db/seed-data";
import { createApiKey } from "@/lib/auth/api-keys";
import { resetConfigForTests } from "@/lib/config";
import { startSimulatorServer, type SimulatorServer, type SimulatorServerOptions } from "@/simulator";
import { openTestDatabase } from "./db";

type Role = (typeof demoUsers)[number]["role"];
export type ApiKeys = Record<Role, string>;

/** A route handler as Next calls it: the request and a promise of the path params. */
type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type ApiCall = {
  key?: string;
  method?: string;
  params?: Record<string, string>;
  body?: unknown;
  /** Sent as is, for malformed or signed bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
};

/** Calls a route handler the way Next would, with an optional `Bearer` API key and JSON body. */
export async function callRoute(handler: RouteHandler, path: string, init: ApiCall = {}): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  const body = init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const request = new NextRequest(new URL(path, "http://localhost"), { method: init.method ?? (body === undefined ? "GET" : "POST"), headers, body });
  return handler(request, { params: Promise.resolve(init.params ?? {}) });
}

/** Status and parsed JSON body together, so one assertion shows both when it fails. */
export async function callJson<T = unknown>(handler: RouteHandler, path: string, init: ApiCall = {}): Promise<{ status: number; body: T }> {
  const res = await callRoute(handler, path, init);
  return { status: res.status, body: (await res.json()) as T };
}

async function apiKeysFor(db: Db): Promise<ApiKeys> {
  const entries = await Promise.all(
    demoUsers.map(async ({ email, role }) => {
      const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
      return [role, (await createApiKey(db, user.id, "contract test")).key] as const;
    }),
  );
  return Object.fromEntries(entries) as ApiKeys;
}

export type ApiTestEnvironment = { handle: DatabaseHandle; sim: SimulatorServer; keys: ApiKeys; close(): Promise<void> };

/**
 * A seeded test database behind the route handlers, an API key per demo role, and the source
 * simulator on a free port that the connectors and the Lamoda webhook secret point at.
 * `env`: environment variables set for the file's tests (config read again), removed by close().
 */
export async function openApiTestEnvironment(simulator: SimulatorServerOptions = {}, { env = {} }: { env?: Record<string, string> } = {}): Promise<ApiTestEnvironment> {
  Object.assign(process.env, env);
  resetConfigForTests();
  const handle = await openTestDatabase();
  adoptDatabase(handle);
  await seedDemoData(handle.db);
  const sim = await startSimulatorServer({ now: new Date(), ...simulator });
  process.env.SIMULATOR_ENABLED = "1";
  process.env.SIMULATOR_PORT = new URL(sim.url).port;
  resetConfigForTests();
  const keys = await apiKeysFor(handle.db);
  return {
    handle,
    sim,
    keys,
    async close() {
      for (const name of Object.keys(env)) delete process.env[name];
      resetConfigForTests();
      await sim.close();
      await handle.close();
    },
  };
}
