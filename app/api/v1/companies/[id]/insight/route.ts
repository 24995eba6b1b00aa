import { z } from "zod";
import { companyInsight, insightForApi, insightJson } from "@/lib/companies/insight";
import { apiRoute } from "@/server/route";

const params = z.object({ id: z.uuid("Company id must be a UUID") });

/** What the catalogue knows of a company (open jobs, skills, salaries, posting pace), kept for 30 days. */
export const GET = apiRoute({ doc: { summary: "What the catalogue knows of a company", description: "Open jobs, top skills, salaries and posting pace, kept for 30 days.", response: insightJson }, right: "jobs:read", params }, async ({ db, params }) => insightForApi(await companyInsight(db, params.id)));
