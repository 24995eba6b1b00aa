import { can } from "@/lib/auth/roles";
import { apiRoute } from "@/server/route";
import { jdSearchSchema, searchByJobDescription, searchResponseJson } from "@/lib/matching/search";

// Everyone may find jobs like a description; only those who may read candidates also get the people who fit it.
export const POST = apiRoute({ doc: { summary: "Jobs (and candidates) like a job description", description: "Candidates only for callers who may read them.", response: searchResponseJson }, right: "jobs:read", body: jdSearchSchema }, async ({ db, user, body }) =>
  searchByJobDescription(db, body, { withCandidates: can(user.role, "candidates:read") }),
);
