import { z } from "zod";

// Every event the app emits, with its payload schema: the one source of their names and types.
// inngest/events.ts builds the SDK's event types from these.

export type EventDefinition<Name extends string = string, Schema extends z.ZodType = z.ZodType> = {
  name: Name;
  schema: Schema;
  /** A checked event ready for emit(). */
  create(data: z.input<Schema>): AppEvent<Name, z.output<Schema>>;
};

export type AppEvent<Name extends string = string, Data = Record<string, unknown>> = { name: Name; data: Data };

export function defineEvent<Name extends string, Schema extends z.ZodType>(name: Name, schema: Schema): EventDefinition<Name, Schema> {
  return { name, schema, create: (data) => ({ name, data: schema.parse(data) }) };
}

/** Jobs of these companies were created, changed status or were removed. */
export const companyJobsChanged = defineEvent("company/jobs.changed", z.object({ companyIds: z.array(z.string().uuid()).min(1) }));

/** A sync run row was created (by "Sync now", the API, the scheduler or a reprocess). */
export const syncRequested = defineEvent("source/sync.requested", z.object({ runId: z.string().uuid(), sourceId: z.string().uuid() }));

/** A sync run loaded jobs into the catalogue: matching refreshes from here. */
export const jobsLoaded = defineEvent(
  "jobs/loaded",
  z.object({ runId: z.string().uuid(), sourceId: z.string().uuid(), inserted: z.number().int(), updated: z.number().int() }),
);

export const allEventDefinitions = [companyJobsChanged, syncRequested, jobsLoaded] as const;
