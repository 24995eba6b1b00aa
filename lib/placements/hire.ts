import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSourceLinks, jobSources, placements, type ApplicationRow, type PlacementRow } from "@/db/schema";
import { emit, placementCreated } from "@/lib/events";

/** What a recruiter states about a hire; every field may come later (POST /api/v1/placements). */
export type PlacementDetails = { startDate?: string | null; salary?: number | null; salaryCurrency?: string | null; source?: string | null };

/** The marketplace whose jobs' hires are reported back to it. */
export const reportingSourceType = "lamoda";

/** The marketplace link of a job, when the job came from the marketplace: where a hire is reported. */
export async function marketplaceLinkOf(tx: Db, jobId: string | null): Promise<{ sourceId: string; externalJobId: string } | null> {
  if (!jobId) return null;
  const [link] = await tx
    .select({ sourceId: jobSourceLinks.sourceId, externalJobId: jobSourceLinks.externalId })
    .from(jobSourceLinks)
    .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
    .where(and(eq(jobSourceLinks.jobId, jobId), eq(jobSources.type, reportingSourceType)))
    .limit(1);
  return link ?? null;
}

/**
 * The placement a hire makes, in the hire's transaction. A marketplace job's placement starts
 * `pending` and emits placements/created, which reports it until the marketplace accepts it.
 */
export async function createHirePlacement(tx: Db, actorId: string | null, application: ApplicationRow, details: PlacementDetails, now: Date): Promise<PlacementRow> {
  const link = await marketplaceLinkOf(tx, application.jobId);
  const [row] = await tx
    .insert(placements)
    .values({
      jobId: application.jobId,
      candidateId: application.candidateId,
      applicationId: application.id,
      status: "hired",
      startDate: details.startDate ?? null,
      salary: details.salary ?? null,
      salaryCurrency: details.salaryCurrency?.toUpperCase() ?? null,
      source: details.source ?? null,
      createdBy: actorId,
      reportState: link ? "pending" : "not_applicable",
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (link) await emit(tx, placementCreated.create({ placementId: row.id }), { now });
  return row;
}
