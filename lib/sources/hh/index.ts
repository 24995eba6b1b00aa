import { defineConnector, limitRecords, parseEnvelope, transformJob } from "../connector";
import { fetchHhPages, HH_BASE_URL, recordsInWindow } from "./client";
import { mapHhVacancy } from "./map";
import { hhConfigSchema, hhCredentialsSchema, hhPageSchema, hhVacancySchema } from "./schema";

export { HH_BASE_URL };

const defaultUserAgent = "Hireflow/1.0 (jobs@hireflow.example)";

export const hhConnector = defineConnector({
  type: "hh",
  configSchema: hhConfigSchema,
  credentialsSchema: hhCredentialsSchema,
  defaultBaseUrl: HH_BASE_URL,
  baseUrlEnv: "HH_BASE_URL",
  credentialsFromEnv: (env) => ({ userAgent: env.HH_USER_AGENT || defaultUserAgent }),
  fetchPages: fetchHhPages,
  recordsOf: (page) => limitRecords(page, recordsInWindow(page.params, parseEnvelope("hh", hhPageSchema, page).items)),
  transform: (record) => transformJob(record, hhVacancySchema, mapHhVacancy),
});
