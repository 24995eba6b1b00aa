import { defineConnector, limitRecords, parseEnvelope, transformJob } from "../connector";
import { MissingCredentialsError } from "../errors";
import { fetchJSearchPages, JSEARCH_BASE_URL } from "./client";
import { mapJSearchJob } from "./map";
import { jsearchConfigSchema, jsearchCredentialsSchema, jsearchJobSchema, jsearchPageSchema } from "./schema";

export { JSEARCH_BASE_URL };

export const jsearchConnector = defineConnector({
  type: "jsearch",
  configSchema: jsearchConfigSchema,
  credentialsSchema: jsearchCredentialsSchema,
  defaultBaseUrl: JSEARCH_BASE_URL,
  baseUrlEnv: "JSEARCH_BASE_URL",
  credentialsFromEnv(env) {
    const rapidApiKey = env.JSEARCH_API_KEY;
    if (!rapidApiKey) throw new MissingCredentialsError("jsearch", ["JSEARCH_API_KEY"]);
    return { rapidApiKey };
  },
  fetchPages: fetchJSearchPages,
  recordsOf: (page) => limitRecords(page, parseEnvelope("jsearch", jsearchPageSchema, page).data),
  transform: (record) => transformJob(record, jsearchJobSchema, mapJSearchJob),
});
