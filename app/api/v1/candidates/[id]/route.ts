import { z } from "zod";
import { deleteCandidate } from "@/lib/candidates/delete";
import { getCandidate } from "@/lib/candidates/get";
import { candidateIdSchema, updateCandidateSchema } from "@/lib/candidates/input";
import { candidateForApi, candidateJson } from "@/lib/candidates/serialize";
import { updateCandidate } from "@/lib/candidates/update";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "One candidate profile", description: "A seeker sees only their own.", response: z.object({ data: candidateJson }) }, right: "candidates:profile", params: candidateIdSchema }, async ({ db, user, params }) => {
  return { data: candidateForApi(await getCandidate(db, user, params.id)) };
});

export const PATCH = apiRoute({ doc: { summary: "Change a candidate profile", response: z.object({ data: candidateJson }), errors: [409] }, right: "candidates:profile", params: candidateIdSchema, body: updateCandidateSchema }, async ({ db, user, params, body }) => {
  await updateCandidate(db, user, params.id, body);
  return { data: candidateForApi(await getCandidate(db, user, params.id)) };
});

export const DELETE = apiRoute({ doc: { summary: "Delete a candidate profile", response: z.object({ id: z.uuid() }) }, right: "candidates:profile", params: candidateIdSchema }, async ({ db, user, params }) => {
  return deleteCandidate(db, user, params.id);
});
