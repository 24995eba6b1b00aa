import type { SourceType } from "@/lib/etl/canonical";
import { config } from "@/lib/config";
import { connectors, type SourceEnv } from "@/lib/sources";
import { devSourceCredentials } from "@/lib/sources/dev-credentials";

/** The simulator's address when the app starts it (instrumentation.ts). */
export function simulatorUrl(): string {
  return `http://127.0.0.1:${config().SIMULATOR_PORT}`;
}

/**
 * Credentials and base URLs the connectors use. With the simulator enabled, every source
 * without an explicit *_BASE_URL talks to it, with its demo credentials where none are set.
 */
export function sourceEnvironment(): { env: SourceEnv; baseUrlFor(type: SourceType): string } {
  const c = config();
  const sim = c.simulatorEnabled ? devSourceCredentials : null;
  const env: SourceEnv = {
    ADZUNA_APP_ID: c.ADZUNA_APP_ID ?? sim?.adzunaAppId,
    ADZUNA_APP_KEY: c.ADZUNA_APP_KEY ?? sim?.adzunaAppKey,
    JSEARCH_API_KEY: c.JSEARCH_API_KEY ?? sim?.rapidApiKey,
    HH_USER_AGENT: c.HH_USER_AGENT,
    LAMODA_API_KEY: c.LAMODA_API_KEY ?? sim?.lamodaApiKey,
    LAMODA_API_SECRET: c.LAMODA_API_SECRET ?? sim?.lamodaApiSecret,
  };
  const explicit: Partial<Record<SourceType, string | undefined>> = {
    adzuna: c.ADZUNA_BASE_URL,
    jsearch: c.JSEARCH_BASE_URL,
    hh: c.HH_BASE_URL,
    greenhouse: c.GREENHOUSE_BASE_URL,
    lever: c.LEVER_BASE_URL,
    lamoda: c.LAMODA_API_BASE_URL,
  };
  return {
    env,
    baseUrlFor: (type) => explicit[type] ?? (c.simulatorEnabled ? `${simulatorUrl()}/${type}` : connectors[type].defaultBaseUrl),
  };
}
