import { apiRoute } from "@/lib/http/route";
import { resumeSearchSchema, searchJobsByResume } from "@/lib/matching/search";

export const POST = apiRoute({ right: "jobs:read", body: resumeSearchSchema }, async ({ db, body }) => searchJobsByResume(db, body));
