import { z } from "zod";
import { applicationStages } from "@/db/schema/applications";

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

/** Jobs were created, edited or closed by a person (not a sync): matching rescores them. */
export const jobsChanged = defineEvent("jobs/changed", z.object({ jobIds: z.array(z.string().uuid()).min(1) }));

/** Candidate profiles were created, edited, merged or deleted: matching rescores them. */
export const candidatesChanged = defineEvent("candidates/changed", z.object({ candidateIds: z.array(z.string().uuid()).min(1) }));

/** Match weights or the minimum score changed: every stored match is rescored in the background. */
export const matchSettingsChanged = defineEvent("matching/settings.changed", z.object({ version: z.number().int() }));

const stage = z.enum(applicationStages);
const uuid = z.string().uuid();

/** An application was created (from_stage null) or moved; event_id is its application_events row. */
export const applicationStageChanged = defineEvent(
  "applications/stage.changed",
  z.object({ applicationId: uuid, eventId: uuid, fromStage: stage.nullable(), toStage: stage, actorId: uuid.nullable() }),
);

/** An interview was scheduled, rescheduled (its .ics SEQUENCE rose) or cancelled. */
export const interviewChanged = defineEvent(
  "interviews/changed",
  z.object({ interviewId: uuid, change: z.enum(["scheduled", "rescheduled", "cancelled"]), actorId: uuid.nullable() }),
);

/** The scheduled check marked these follow-ups due: their owners are notified. */
export const followUpsDue = defineEvent("follow-ups/due", z.object({ followUpIds: z.array(uuid).min(1) }));

/** A hire made a placement: when its job came from the marketplace, it is reported there until accepted. */
export const placementCreated = defineEvent("placements/created", z.object({ placementId: uuid }));

/** Matching stored new pairs scoring at least 0.85: the job's recruiter and the seeker hear of them. */
export const strongMatchesFound = defineEvent(
  "matches/strong",
  z.object({ matches: z.array(z.object({ jobId: uuid, candidateId: uuid, score: z.number() })).min(1) }),
);

/** A sync run ended failed: admins are told. */
export const syncFailed = defineEvent("source/sync.failed", z.object({ runId: uuid, sourceId: uuid, error: z.string() }));

const batchOfIds = z.array(uuid).min(1).max(100);

/** Jobs entered the catalogue (a sync's load or a recruiter's own job), at most 100 per event. */
export const jobsCreated = defineEvent("jobs/created", z.object({ jobIds: batchOfIds, sourceId: uuid.nullable(), runId: uuid.nullable() }));

/** Jobs were closed as expired (not seen for JOB_EXPIRY_DAYS or past their deadline), at most 100 per event. */
export const jobsExpired = defineEvent("jobs/expired", z.object({ jobIds: batchOfIds }));

/** A sync run ended succeeded (or partially, with record failures). */
export const syncCompleted = defineEvent(
  "source/sync.completed",
  z.object({ runId: uuid, sourceId: uuid, status: z.string(), fetched: z.number().int(), inserted: z.number().int(), updated: z.number().int(), failed: z.number().int() }),
);

/** Candidate profiles were created (by a recruiter, an import or a seeker signing up), at most 100 per event. */
export const candidatesCreated = defineEvent("candidates/created", z.object({ candidateIds: batchOfIds }));

/** Matching stored new (job, candidate) pairs, at most 100 per event. */
export const matchesCreated = defineEvent(
  "matches/created",
  z.object({ matches: z.array(z.object({ jobId: uuid, candidateId: uuid, score: z.number() })).min(1).max(100) }),
);

/** An outbound webhook endpoint kept failing and was disabled: admins are told. */
export const webhookEndpointDisabled = defineEvent("webhooks/endpoint.disabled", z.object({ endpointId: uuid, url: z.string(), reason: z.string() }));

/** Splits ids into event-sized batches (100 each). */
export function inBatches<T>(items: readonly T[], size = 100): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

export const allEventDefinitions = [
  companyJobsChanged,
  syncRequested,
  jobsLoaded,
  jobsChanged,
  candidatesChanged,
  matchSettingsChanged,
  applicationStageChanged,
  interviewChanged,
  followUpsDue,
  placementCreated,
  strongMatchesFound,
  syncFailed,
  jobsCreated,
  jobsExpired,
  syncCompleted,
  candidatesCreated,
  matchesCreated,
  webhookEndpointDisabled,
] as const;
