import { eventType, type EventType } from "inngest";
import type { z } from "zod";
import * as defs from "@/lib/events/definitions";

// The SDK's event types, built from the app's event definitions (lib/events).

type Definition = { name: string; schema: z.ZodType<Record<string, unknown>, Record<string, unknown>> };
type SdkEventTypes<T extends readonly Definition[]> = { -readonly [K in keyof T]: EventType<T[K]["name"], T[K]["schema"]> };

/** The SDK's event types of a list of the app's event definitions, typed one by one (a function's `triggers`). */
export const sdkEventTypes = <const T extends readonly Definition[]>(list: T) => list.map((def) => eventType(def.name, { schema: def.schema })) as SdkEventTypes<T>;

export const companyJobsChanged = eventType(defs.companyJobsChanged.name, { schema: defs.companyJobsChanged.schema });
export const syncRequested = eventType(defs.syncRequested.name, { schema: defs.syncRequested.schema });
export const jobsLoaded = eventType(defs.jobsLoaded.name, { schema: defs.jobsLoaded.schema });

export const jobsChanged = eventType(defs.jobsChanged.name, { schema: defs.jobsChanged.schema });
export const candidatesChanged = eventType(defs.candidatesChanged.name, { schema: defs.candidatesChanged.schema });
export const matchSettingsChanged = eventType(defs.matchSettingsChanged.name, { schema: defs.matchSettingsChanged.schema });

export const applicationStageChanged = eventType(defs.applicationStageChanged.name, { schema: defs.applicationStageChanged.schema });
export const interviewChanged = eventType(defs.interviewChanged.name, { schema: defs.interviewChanged.schema });
export const followUpsDue = eventType(defs.followUpsDue.name, { schema: defs.followUpsDue.schema });
export const placementCreated = eventType(defs.placementCreated.name, { schema: defs.placementCreated.schema });
export const strongMatchesFound = eventType(defs.strongMatchesFound.name, { schema: defs.strongMatchesFound.schema });
export const syncFailed = eventType(defs.syncFailed.name, { schema: defs.syncFailed.schema });
export const jobsCreated = eventType(defs.jobsCreated.name, { schema: defs.jobsCreated.schema });
export const jobsExpired = eventType(defs.jobsExpired.name, { schema: defs.jobsExpired.schema });
export const syncCompleted = eventType(defs.syncCompleted.name, { schema: defs.syncCompleted.schema });
export const candidatesCreated = eventType(defs.candidatesCreated.name, { schema: defs.candidatesCreated.schema });
export const matchesCreated = eventType(defs.matchesCreated.name, { schema: defs.matchesCreated.schema });
export const webhookEndpointDisabled = eventType(defs.webhookEndpointDisabled.name, { schema: defs.webhookEndpointDisabled.schema });

export const allEvents = [companyJobsChanged, syncRequested, jobsLoaded, jobsChanged, candidatesChanged, matchSettingsChanged, applicationStageChanged, interviewChanged, followUpsDue, placementCreated, strongMatchesFound, syncFailed, jobsCreated, jobsExpired, syncCompleted, candidatesCreated, matchesCreated, webhookEndpointDisabled];
