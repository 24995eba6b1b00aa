import { deleteCandidate } from "@/lib/candidates/delete";
import { getCandidate } from "@/lib/candidates/get";
import { candidateIdSchema, updateCandidateSchema } from "@/lib/candidates/input";
import { candidateForApi } from "@/lib/candidates/serialize";
import { updateCandidate } from "@/lib/candidates/update";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "candidates:profile", params: candidateIdSchema }, async ({ db, user, params }) => {
  return { data: candidateForApi(await getCandidate(db, user, params.id)) };
});

export const PATCH = apiRoute({ right: "candidates:profile", params: candidateIdSchema, body: updateCandidateSchema }, async ({ db, user, params, body }) => {
  await updateCandidate(db, user, params.id, body);
  return { data: candidateForApi(await getCandidate(db, user, params.id)) };
});

export const DELETE = apiRoute({ right: "candidates:profile", params: candidateIdSchema }, async ({ db, user, params }) => {
  return deleteCandidate(db, user, params.id);
});
