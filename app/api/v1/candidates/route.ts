import { createCandidate } from "@/lib/candidates/create";
import { candidateListSchema, createCandidateSchema } from "@/lib/candidates/input";
import { listCandidates } from "@/lib/candidates/list";
import { candidateListItemForApi } from "@/lib/candidates/serialize";
import { pageResponse } from "@/lib/http/pagination";
import { apiRoute } from "@/lib/http/route";

export const GET = apiRoute({ right: "candidates:profile", query: candidateListSchema }, async ({ db, user, query }) => {
  return pageResponse(await listCandidates(db, user, query), candidateListItemForApi);
});

export const POST = apiRoute({ right: "candidates:profile", body: createCandidateSchema }, async ({ db, user, body }) => {
  return Response.json(await createCandidate(db, user, body), { status: 201 });
});
