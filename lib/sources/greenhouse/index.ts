import { defineConnector, limitRecords, parseEnvelope, transformJob } from "../connector";
import { fetchGreenhousePages, GREENHOUSE_BASE_URL } from "./client";
import { mapGreenhouseJob } from "./map";
import { greenhouseConfigSchema, greenhouseCredentialsSchema, greenhouseJobSchema, greenhousePageSchema } from "./schema";

export { GREENHOUSE_BASE_URL };

export const greenhouseConnector = defineConnector({
  type: "greenhouse",
  configSchema: greenhouseConfigSchema,
  credentialsSchema: greenhouseCredentialsSchema,
  defaultBaseUrl: GREENHOUSE_BASE_URL,
  baseUrlEnv: "GREENHOUSE_BASE_URL",
  credentialsFromEnv: () => ({}),
  fetchPages: fetchGreenhousePages,
  recordsOf: (page) => limitRecords(page, parseEnvelope("greenhouse", greenhousePageSchema, page).jobs),
  transform: (record) => transformJob(record, greenhouseJobSchema, mapGreenhouseJob),
});
