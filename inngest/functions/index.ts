import { recountCompanyJobs } from "./recount-company-jobs";

/** Every function the app defines: served to Inngest and run by the in-process runner. */
export const functions = [recountCompanyJobs];
