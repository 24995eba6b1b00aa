import { z } from "zod";
import { defineConnector, limitRecords, parseEnvelope, transformCandidate, transformJob } from "../connector";
import { MissingCredentialsError } from "../errors";
import { fetchLamodaPages, LAMODA_BASE_URL } from "./client";
import { mapLamodaCandidate, mapLamodaJob } from "./map";
import {
  lamodaCandidateSchema,
  lamodaConfigSchema,
  lamodaCredentialsSchema,
  lamodaJobSchema,
  lamodaPageSchema,
  lamodaPlacementSchema,
  type LamodaPlacement,
} from "./schema";

export { LAMODA_BASE_URL };
export { lamodaSignature } from "./sign";
export type { LamodaPlacement };

export const lamodaConnector = defineConnector({
  type: "lamoda",
  configSchema: lamodaConfigSchema,
  credentialsSchema: lamodaCredentialsSchema,
  defaultBaseUrl: LAMODA_BASE_URL,
  baseUrlEnv: "LAMODA_API_BASE_URL",
  credentialsFromEnv(env) {
    const { LAMODA_API_KEY: apiKey, LAMODA_API_SECRET: apiSecret } = env;
    if (!apiKey || !apiSecret) throw new MissingCredentialsError("lamoda", ["LAMODA_API_KEY", "LAMODA_API_SECRET"]);
    return { apiKey, apiSecret };
  },
  fetchPages: fetchLamodaPages,
  recordsOf: (page) => limitRecords(page, parseEnvelope("lamoda", lamodaPageSchema, page).data),
  transform: (record) => transformJob(record, lamodaJobSchema, mapLamodaJob),
  transformCandidate: (record) => transformCandidate(record, lamodaCandidateSchema, mapLamodaCandidate),
  resources: {
    candidates: {
      transform(record) {
        const result = transformCandidate(record, lamodaCandidateSchema, mapLamodaCandidate);
        return result.ok ? { ok: true, item: { externalId: result.candidate.externalId, candidate: result.candidate } } : result;
      },
    },
    placements: {
      transform(record) {
        const result = parseLamodaPlacement(record);
        return result.ok ? { ok: true, item: result.placement } : result;
      },
    },
  },
});

/** Placements have no canonical shape yet (lib/etl/canonical.ts); this validates one as sent. */
export function parseLamodaPlacement(record: unknown): { ok: true; placement: LamodaPlacement } | { ok: false; error: string } {
  const parsed = lamodaPlacementSchema.safeParse(record);
  return parsed.success ? { ok: true, placement: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}
