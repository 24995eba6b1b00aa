import { eventType } from "inngest";
import { z } from "zod";

// Every event the app sends, with its payload schema: the one source of their types.

/** Jobs of these companies were created, changed status or were removed. */
export const companyJobsChanged = eventType("company/jobs.changed", {
  schema: z.object({ companyIds: z.array(z.string().uuid()).min(1) }),
});

/** A sync run row was created (by "Sync now", the API, the scheduler or a reprocess). */
export const syncRequested = eventType("source/sync.requested", {
  schema: z.object({ runId: z.string().uuid(), sourceId: z.string().uuid() }),
});

/** A sync run loaded jobs into the catalogue: matching refreshes from here. */
export const jobsLoaded = eventType("jobs/loaded", {
  schema: z.object({ runId: z.string().uuid(), sourceId: z.string().uuid(), inserted: z.number().int(), updated: z.number().int() }),
});

export const allEvents = [companyJobsChanged, syncRequested, jobsLoaded];
