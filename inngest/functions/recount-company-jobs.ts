import { getDb } from "@/db";
import { recountOpenJobs } from "@/lib/companies/open-jobs";
import { inngest } from "../client";
import { companyJobsChanged } from "../events";

/** Keeps companies.open_jobs_count true after jobs change. */
export const recountCompanyJobs = inngest.createFunction(
  { id: "recount-company-jobs", retries: 3, triggers: [companyJobsChanged] },
  async ({ event, step }) => {
    const companyIds = [...new Set(event.data.companyIds)];
    const counts = await step.run("recount-open-jobs", async () => recountOpenJobs(await getDb(), companyIds));
    return { companies: companyIds.length, counts };
  },
);
