import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { jobs, jobSourceLinks, jobSources, webhookEvents } from "@/db/schema";
import { config } from "@/lib/config";
import { loadCandidates, loadPlacements } from "@/lib/etl/load-candidates";
import { loadJobs, type LoadContext } from "@/lib/etl/load";
import { UnauthenticatedError, UnprocessableError, ValidationError, zodToValidationError } from "@/lib/errors";
import { rejectBadText } from "@/lib/http/text";
import { connectors, parseLamodaPlacement } from "@/lib/sources";
import { lamodaWebhookEventSchema, verifyLamodaWebhook, type LamodaWebhookEvent } from "@/lib/sources/lamoda/webhook";
import { devSourceCredentials } from "@/lib/sources/dev-credentials";
import { lockSourceLoads } from "./load-lock";

function webhookSecret(): string {
  const c = config();
  const secret = c.LAMODA_WEBHOOK_SECRET ?? (c.simulatorEnabled ? devSourceCredentials.lamodaWebhookSecret : undefined);
  if (!secret) throw new UnprocessableError("Lamoda webhooks are not configured: set LAMODA_WEBHOOK_SECRET.");
  return secret;
}

/** Verifies and applies one marketplace webhook; a redelivered event id changes nothing. */
export async function receiveLamodaWebhook(db: Db, rawBody: string, headers: Headers, now = new Date()) {
  const verdict = verifyLamodaWebhook(webhookSecret(), rawBody, headers.get("x-lamoda-timestamp"), headers.get("x-lamoda-signature"), now.getTime());
  if (!verdict.ok) throw new UnauthenticatedError(verdict.reason);
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    throw new ValidationError("The webhook body is not valid JSON.");
  }
  rejectBadText(json, "Webhook event");
  const parsed = lamodaWebhookEventSchema.safeParse(json);
  if (!parsed.success) throw zodToValidationError(parsed.error, "Webhook event");
  const event = parsed.data;

  const [source] = await db.select().from(jobSources).where(and(eq(jobSources.type, "lamoda"), eq(jobSources.enabled, true))).limit(1);
  if (!source) throw new UnprocessableError("No enabled Lamoda source is configured to receive this event.");
  const apply = applierFor(event);
  // The event id is remembered in the same transaction that applies it: an event that failed is not a duplicate when redelivered.
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const fresh = await txDb.insert(webhookEvents).values({ id: `lamoda:${event.id}`, provider: "lamoda", type: event.type }).onConflictDoNothing().returning();
    if (fresh.length === 0) return { applied: false, duplicate: true, type: event.type };
    await lockSourceLoads(txDb, source.id);
    const applied = await apply(txDb, { sourceId: source.id, runId: null, now });
    return { applied, duplicate: false, type: event.type };
  });
}

/** Parses the event's payload up front (422 before anything is stored) and returns what applies it. */
function applierFor(event: LamodaWebhookEvent): (db: Db, ctx: LoadContext) => Promise<boolean> {
  const connector = connectors.lamoda;
  if (event.type === "job.closed") {
    const id = String(event.data.id ?? "");
    return async (db, ctx) => {
      const [link] = await db.select({ jobId: jobSourceLinks.jobId }).from(jobSourceLinks).where(and(eq(jobSourceLinks.sourceId, ctx.sourceId), eq(jobSourceLinks.externalId, id)));
      if (link) await db.update(jobs).set({ status: "closed", updatedAt: ctx.now }).where(eq(jobs.id, link.jobId));
      return Boolean(link);
    };
  }
  if (event.type === "job.created" || event.type === "job.updated") {
    const result = connector.transform(event.data);
    if (!result.ok) throw new UnprocessableError(`The job in the event is invalid: ${result.error}`);
    return async (db, ctx) => {
      await loadJobs(db, ctx, [{ externalId: result.job.externalId, job: result.job }]);
      return true;
    };
  }
  if (event.type === "placement.updated") {
    const result = parseLamodaPlacement(event.data);
    if (!result.ok) throw new UnprocessableError(`The placement in the event is invalid: ${result.error}`);
    return async (db, ctx) => {
      await loadPlacements(db, ctx, [result.placement]);
      return true;
    };
  }
  const result = connector.transformCandidate!(event.data);
  if (!result.ok) throw new UnprocessableError(`The candidate in the event is invalid: ${result.error}`);
  return async (db, ctx) => {
    await loadCandidates(db, ctx, [{ externalId: result.candidate.externalId, candidate: result.candidate }]);
    return true;
  };
}
