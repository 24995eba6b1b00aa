import { defineConnector, limitRecords, parseEnvelope, transformJob } from "../connector";
import { MissingCredentialsError } from "../errors";
import { ADZUNA_BASE_URL, fetchAdzunaPages } from "./client";
import { mapAdzunaJob } from "./map";
import { adzunaConfigSchema, adzunaCredentialsSchema, adzunaJobSchema, adzunaPageSchema } from "./schema";

export { ADZUNA_BASE_URL };

export const adzunaConnector = defineConnector({
  type: "adzuna",
  configSchema: adzunaConfigSchema,
  credentialsSchema: adzunaCredentialsSchema,
  defaultBaseUrl: ADZUNA_BASE_URL,
  baseUrlEnv: "ADZUNA_BASE_URL",
  credentialsFromEnv(env) {
    const { ADZUNA_APP_ID: appId, ADZUNA_APP_KEY: appKey } = env;
    if (!appId || !appKey) throw new MissingCredentialsError("adzuna", ["ADZUNA_APP_ID", "ADZUNA_APP_KEY"]);
    return { appId, appKey };
  },
  fetchPages: fetchAdzunaPages,
  recordsOf: (page) => limitRecords(page, parseEnvelope("adzuna", adzunaPageSchema, page).results),
  transform: (record) => transformJob(record, adzunaJobSchema, mapAdzunaJob),
});
