import { z } from "zod";
import { candidateIdSchema, mergeCandidatesSchema } from "@/lib/candidates/input";
import { mergeCandidates } from "@/lib/candidates/merge";
import { apiRoute } from "@/server/route";

export const POST = apiRoute({ doc: { summary: "Merge a duplicate profile into this one", response: z.object({ id: z.uuid(), merged_id: z.uuid() }), errors: [409, 422] }, right: "candidates:profile", params: candidateIdSchema, body: mergeCandidatesSchema }, async ({ db, user, params, body }) => {
  return mergeCandidates(db, user, { candidateId: params.id, duplicateId: body.duplicate_id });
});
