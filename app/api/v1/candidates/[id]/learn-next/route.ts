import { z } from "zod";
import { apiRoute } from "@/server/route";
import { learnNextFor, learnNextJson } from "@/lib/matching/learn-next";

// Every role may ask; lib/matching/learn-next.ts answers 404 for a profile the caller may not see.
export const GET = apiRoute({ doc: { summary: "Skills that would unlock the most nearly matched jobs", response: z.object({ data: learnNextJson }) }, right: "jobs:read", params: z.object({ id: z.string().uuid("Candidate id must be a UUID") }) }, async ({ db, user, params }) => ({
  data: await learnNextFor(db, user, params.id),
}));
