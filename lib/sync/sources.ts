import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { jobSources, syncRuns, type JobSource, type SyncRun } from "@/db/schema";
import { sourceTypes, type SourceType } from "@/lib/etl/canonical";
import { ConflictError, NotFoundError, UnprocessableError, zodToValidationError } from "@/lib/errors";
import { parseCron } from "@/lib/schedule/cron";
import { connectors } from "@/lib/sources";
import { runForApi, syncRunJson } from "./runs";

/** A new source as the API takes it (JSON). */
export const createSourceSchema = z.object({
  type: z.enum(sourceTypes),
  name: z.string().trim().min(1, "Give the source a name").max(100),
  config: z.record(z.string(), z.unknown()).default({}),
  schedule: z.string().trim().min(1).max(100).nullish(),
  enabled: z.boolean().default(true),
});

export type CreateSourceInput = z.infer<typeof createSourceSchema>;

const configJsonText = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text || "{}");
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: 'Config must be a JSON object, e.g. {"country": "gb"}' });
  return z.NEVER;
});

/** The same input from an HTML form: config as JSON text, an empty schedule as none. */
export const createSourceFormSchema = createSourceSchema.extend({
  config: configJsonText.pipe(createSourceSchema.shape.config.unwrap()),
  schedule: z
    .string()
    .trim()
    .transform((s) => s || null)
    .pipe(createSourceSchema.shape.schedule.unwrap()),
});

export async function createSource(db: Db, input: CreateSourceInput): Promise<JobSource> {
  const parsedConfig = connectors[input.type].configSchema.safeParse(input.config);
  if (!parsedConfig.success) {
    const err = zodToValidationError(parsedConfig.error, `${input.type} config`);
    throw new UnprocessableError(err.message, err.details);
  }
  if (input.schedule) {
    try {
      parseCron(input.schedule);
    } catch (e) {
      throw new UnprocessableError(`schedule is not a valid cron expression: ${e instanceof Error ? e.message : e}`, [{ path: "schedule", message: "invalid cron expression" }]);
    }
  }
  const [row] = await db
    .insert(jobSources)
    .values({ type: input.type, name: input.name, config: parsedConfig.data as Record<string, unknown>, schedule: input.schedule ?? null, enabled: input.enabled })
    .onConflictDoNothing({ target: jobSources.name })
    .returning();
  if (!row) throw new ConflictError(`A source named "${input.name}" already exists.`);
  return row;
}

/** A source by id, by its unique name, or by its type when only one source has that type. */
export async function findSource(db: Db, ref: string): Promise<JobSource> {
  const byId = z.string().uuid().safeParse(ref).success;
  const [row] = await db.select().from(jobSources).where(byId ? eq(jobSources.id, ref) : eq(jobSources.name, ref)).limit(1);
  if (row) return row;
  const ofType = byId || !isSourceType(ref) ? [] : await db.select().from(jobSources).where(eq(jobSources.type, ref)).limit(2);
  if (ofType.length === 1) return ofType[0];
  if (ofType.length > 1) throw new ConflictError(`Several sources are of type "${ref}"; name one by id or name.`);
  throw new NotFoundError(`Source "${ref}"`);
}

export type SourceHealth = "healthy" | "degraded" | "failing" | "syncing" | "never_synced";

function healthOf(runs: SyncRun[]): SourceHealth {
  const [latest] = runs;
  if (!latest) return "never_synced";
  if (latest.status === "queued" || latest.status === "running") return "syncing";
  if (latest.status === "succeeded") return "healthy";
  if (latest.status === "partial") return "degraded";
  // One failure after successes is degraded; repeated failures are failing.
  return runs[1]?.status === "failed" || !runs[1] ? "failing" : "degraded";
}

/** Every source with its latest run and a health verdict from its recent runs. */
export async function listSourcesWithStatus(db: Db) {
  const sources = await db.select().from(jobSources).orderBy(jobSources.name, jobSources.id);
  const recent = await db
    .select()
    .from(syncRuns)
    .where(sql`${syncRuns.id} in (select id from (select id, row_number() over (partition by source_id order by created_at desc, id desc) as n from sync_runs) r where r.n <= 3)`)
    .orderBy(desc(syncRuns.createdAt), desc(syncRuns.id));
  return sources.map((source) => {
    const runs = recent.filter((r) => r.sourceId === source.id);
    return { source, lastRun: runs[0] ?? null, health: healthOf(runs) };
  });
}

type SourceWithStatus = Awaited<ReturnType<typeof listSourcesWithStatus>>[number];

export const sourceJson = z.object({
  id: z.uuid(),
  type: z.enum(sourceTypes),
  name: z.string(),
  config: z.record(z.string(), z.unknown()),
  schedule: z.string().nullable(),
  enabled: z.boolean(),
  health: z.enum(["healthy", "degraded", "failing", "syncing", "never_synced"]),
  last_run: syncRunJson.nullable(),
  created_at: z.iso.datetime(),
});

/** A source as the API, the Sync page and its client components show it: the one source view. */
export function sourceView({ source, lastRun, health }: SourceWithStatus): z.infer<typeof sourceJson> {
  return {
    id: source.id,
    type: source.type,
    name: source.name,
    config: source.config,
    schedule: source.schedule,
    enabled: source.enabled,
    health,
    last_run: lastRun ? runForApi(lastRun, { sourceName: source.name, sourceType: source.type }) : null,
    created_at: source.createdAt.toISOString(),
  };
}

export type SourceView = ReturnType<typeof sourceView>;

export async function listSourceViews(db: Db): Promise<SourceView[]> {
  return (await listSourcesWithStatus(db)).map(sourceView);
}

export function isSourceType(value: string): value is SourceType {
  return (sourceTypes as readonly string[]).includes(value);
}

/** Turns a source's scheduled and manual syncs on or off. */
export async function setSourceEnabled(db: Db, id: string, enabled: boolean): Promise<JobSource> {
  const [row] = await db.update(jobSources).set({ enabled, updatedAt: new Date() }).where(eq(jobSources.id, id)).returning();
  if (!row) throw new NotFoundError("Source");
  return row;
}

/** A starting config per type, in the API's own terms, for forms and docs. */
export const exampleConfigs: Record<SourceType, Record<string, unknown>> = {
  adzuna: { country: "gb", what: "developer", max_pages: 10 },
  jsearch: { query: "developer", country: "us" },
  hh: { text: "developer", area: 1 },
  greenhouse: { board_token: "brightwave" },
  lever: { site: "orbitly" },
  lamoda: { resources: ["jobs", "candidates", "placements"] },
};
