import { z } from "zod";
import { algorithms } from "./types";

// The API contracts of recommendations and dismissals.

export const recommendationsQuery = z.object({
  algorithm: z.enum(algorithms, { error: `algorithm must be one of ${algorithms.join(", ")}` }).default("hybrid"),
  limit: z.coerce.number().int().min(1, "limit must be from 1 to 50").max(50, "limit must be from 1 to 50").default(20),
  candidate_id: z.uuid("candidate_id must be a UUID").optional(),
});

export const dismissalInput = z.object({
  job_id: z.uuid("job_id must be a UUID"),
  candidate_id: z.uuid("candidate_id must be a UUID").optional(),
});
