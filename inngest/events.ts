import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends, with its payload schema: the one source of their types.

/** Jobs of these companies were created, changed status or were removed. */
export const companyJobsChanged = eventType("company/jobs.changed", {
  schema: z.object({ companyIds: z.array(z.string().uuid()).min(1) }),
});

export const allEvents = [companyJobsChanged];
