import { z } from "zod";
import { dismissDuplicate } from "@/lib/candidates/duplicates";
import { apiRoute } from "@/server/route";

const params = z.object({ id: z.uuid("Candidate id must be a UUID"), duplicateId: z.uuid("Duplicate id must be a UUID") });

export const POST = apiRoute({ doc: { summary: "Dismiss a duplicate flag: not the same person", response: z.object({ id: z.uuid(), status: z.literal("dismissed") }) }, right: "candidates:profile", params }, async ({ db, user, params }) => {
  return dismissDuplicate(db, user, { candidateId: params.id, duplicateId: params.duplicateId });
});
