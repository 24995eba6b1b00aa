import { defineConnector, limitRecords, parseEnvelope, transformJob } from "../connector";
import { fetchLeverPages, LEVER_BASE_URL } from "./client";
import { mapLeverPosting } from "./map";
import { leverConfigSchema, leverCredentialsSchema, leverPageSchema, leverPostingSchema } from "./schema";

export { LEVER_BASE_URL };

export const leverConnector = defineConnector({
  type: "lever",
  configSchema: leverConfigSchema,
  credentialsSchema: leverCredentialsSchema,
  defaultBaseUrl: LEVER_BASE_URL,
  baseUrlEnv: "LEVER_BASE_URL",
  credentialsFromEnv: () => ({}),
  fetchPages: fetchLeverPages,
  recordsOf: (page) => limitRecords(page, parseEnvelope("lever", leverPageSchema, page)),
  transform: (record) => transformJob(record, leverPostingSchema, mapLeverPosting),
});
