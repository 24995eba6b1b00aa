import { apiRoute } from "@/server/route";
import { resumeSearchSchema, searchJobsByResume, searchResponseJson } from "@/lib/matching/search";

export const POST = apiRoute({ doc: { summary: "Jobs that fit a resume's text", response: searchResponseJson }, right: "jobs:read", body: resumeSearchSchema }, async ({ db, body }) => searchJobsByResume(db, body));
