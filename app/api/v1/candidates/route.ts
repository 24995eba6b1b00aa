import { z } from "zod";
import { createCandidate } from "@/lib/candidates/create";
import { candidateListSchema, createCandidateSchema } from "@/lib/candidates/input";
import { listCandidates } from "@/lib/candidates/list";
import { candidateListItemForApi, candidateListItemJson } from "@/lib/candidates/serialize";
import { pageResponse, pageSchema } from "@/lib/http/pagination";
import { apiRoute } from "@/server/route";

export const GET = apiRoute({ doc: { summary: "List and search candidates", response: pageSchema(candidateListItemJson) }, right: "candidates:profile", query: candidateListSchema }, async ({ db, user, query }) => {
  return pageResponse(await listCandidates(db, user, query), candidateListItemForApi);
});

export const POST = apiRoute({ doc: { summary: "Create a candidate profile", description: "A seeker creates their own, once.", response: z.object({ id: z.uuid() }), status: 201, errors: [409] }, right: "candidates:profile", body: createCandidateSchema }, async ({ db, user, body }) => {
  return Response.json(await createCandidate(db, user, body), { status: 201 });
});
