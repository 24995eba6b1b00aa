import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, candidateSourceLinks, jobSourceLinks, jobSources, placements } from "@/db/schema";
import { lamodaSignature } from "@/lib/sources/lamoda/sign";
import { sourceEnvironment } from "@/lib/sync/source-env";
import { reportingSourceType } from "./hire";

/** Where and as whom hires are reported: the marketplace connector's own base URL and credentials. */
export type ReportTarget = { baseUrl: string; apiKey: string; apiSecret: string };

export type ReportOutcome =
  | { status: "reported"; marketplaceId: string }
  | { status: "skipped"; reason: string }
  /** `rejected`: the marketplace refused the report itself (a 4xx other than 429); retried too, but slower. */
  | { status: "failed"; error: string; rejected: boolean; retryAfterSeconds: number };

const requestTimeoutMs = 15_000;

/** The marketplace's address and credentials as the sync uses them (simulator defaults in development); null when unset. */
export function marketplaceReportTarget(): ReportTarget | null {
  const { env, baseUrlFor } = sourceEnvironment();
  if (!env.LAMODA_API_KEY || !env.LAMODA_API_SECRET) return null;
  return { baseUrl: baseUrlFor(reportingSourceType), apiKey: env.LAMODA_API_KEY, apiSecret: env.LAMODA_API_SECRET };
}

/**
 * Seconds before the next attempt after `attempts` failures: transient failures back off from
 * 30 s to an hour, a refused report from 10 minutes to a day (someone has to fix the data).
 */
export function reportRetryDelaySeconds(attempts: number, rejected: boolean, retryAfterSeconds?: number): number {
  const [base, cap] = rejected ? [600, 86_400] : [30, 3600];
  const backoff = Math.min(cap, base * 2 ** Math.max(0, attempts - 1));
  return Math.max(backoff, retryAfterSeconds ?? 0);
}

/** The report's body (docs/sources/lamoda.md, POST /v1/placements), or why there is none. */
async function reportBody(db: Db, placementId: string) {
  const [row] = await db
    .select({ placement: placements, fullName: candidates.fullName, email: candidates.email })
    .from(placements)
    .leftJoin(candidates, eq(candidates.id, placements.candidateId))
    .where(eq(placements.id, placementId));
  if (!row) return { kind: "skip", reason: "the placement no longer exists" } as const;
  const p = row.placement;
  if (p.reportState !== "pending") return { kind: "skip", reason: `the placement is ${p.reportState}` } as const;
  const [jobLink] = p.jobId
    ? await db
        .select({ sourceId: jobSourceLinks.sourceId, externalId: jobSourceLinks.externalId })
        .from(jobSourceLinks)
        .innerJoin(jobSources, eq(jobSources.id, jobSourceLinks.sourceId))
        .where(and(eq(jobSourceLinks.jobId, p.jobId), eq(jobSources.type, reportingSourceType)))
        .limit(1)
    : [];
  if (!jobLink) return { kind: "error", error: "The job is no longer linked to the marketplace." } as const;
  const [candidateLink] = p.candidateId
    ? await db
        .select({ externalId: candidateSourceLinks.externalId })
        .from(candidateSourceLinks)
        .where(and(eq(candidateSourceLinks.candidateId, p.candidateId), eq(candidateSourceLinks.sourceId, jobLink.sourceId)))
        .limit(1)
    : [];
  return {
    kind: "body",
    body: {
      job_id: jobLink.externalId,
      ...(candidateLink && { candidate_id: candidateLink.externalId }),
      candidate: { full_name: row.fullName ?? "Unknown", ...(row.email && { email: row.email }) },
      status: "hired",
      ...(p.startDate && { start_date: p.startDate }),
      ...(p.salary !== null && p.salaryCurrency && { salary: { amount: p.salary, currency: p.salaryCurrency } }),
      external_reference: p.id,
    },
  } as const;
}

async function recordAttempt(db: Db, placementId: string, now: Date, result: { reported: true } | { error: string }) {
  await db
    .update(placements)
    .set({
      reportAttempts: sql`${placements.reportAttempts} + 1`,
      ...("reported" in result ? { reportState: "reported" as const, reportedAt: now, reportError: null } : { reportError: result.error.slice(0, 1000) }),
      updatedAt: now,
    })
    // Only a pending placement: a concurrent attempt that already succeeded stays reported.
    .where(and(eq(placements.id, placementId), eq(placements.reportState, "pending")));
}

/**
 * Sends one pending placement to the marketplace, signed like every Lamoda request, and records
 * the attempt (count, error or acceptance). Safe to repeat: the marketplace is idempotent on
 * external_reference, our placement's id.
 */
export async function reportPlacement(db: Db, placementId: string, target: ReportTarget | null, now = new Date(), fetchImpl: typeof fetch = fetch): Promise<ReportOutcome> {
  const prepared = await reportBody(db, placementId);
  if (prepared.kind === "skip") return { status: "skipped", reason: prepared.reason };
  const [{ attempts }] = await db.select({ attempts: placements.reportAttempts }).from(placements).where(eq(placements.id, placementId));
  const fail = async (error: string, rejected: boolean, retryAfter?: number): Promise<ReportOutcome> => {
    await recordAttempt(db, placementId, now, { error });
    return { status: "failed", error, rejected, retryAfterSeconds: reportRetryDelaySeconds(attempts + 1, rejected, retryAfter) };
  };
  if (prepared.kind === "error") return fail(prepared.error, true);
  if (!target) return fail("The marketplace is not configured: set LAMODA_API_KEY and LAMODA_API_SECRET.", true);

  const url = new URL(`${target.baseUrl.replace(/\/$/, "")}/v1/placements`);
  const body = JSON.stringify(prepared.body);
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = lamodaSignature({ secret: target.apiSecret, method: "POST", pathWithQuery: "/v1/placements", timestamp, body });
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Api-Key": target.apiKey, "X-Timestamp": String(timestamp), "X-Signature": signature },
      body,
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (err) {
    return fail(`The marketplace could not be reached: ${err instanceof Error ? err.message : String(err)}`, false);
  }
  const text = await res.text().catch(() => "");
  if (res.ok) {
    const id = (safeJson(text) as { id?: unknown } | null)?.id;
    await recordAttempt(db, placementId, now, { reported: true });
    return { status: "reported", marketplaceId: typeof id === "string" ? id : "" };
  }
  const message = (safeJson(text) as { error?: { code?: string; message?: string } } | null)?.error;
  const error = `HTTP ${res.status}${message?.code ? ` ${message.code}` : ""}: ${message?.message ?? text.slice(0, 200)}`;
  const retryAfter = Number(res.headers.get("retry-after"));
  const rejected = res.status >= 400 && res.status < 500 && res.status !== 429;
  return fail(error, rejected, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Pending placements nobody has tried for `idleSeconds`: the sweep's work after event-driven retries gave up. */
export async function stalledPlacementReports(db: Db, now: Date, idleSeconds: number, limit = 50): Promise<string[]> {
  const before = new Date(now.getTime() - idleSeconds * 1000);
  const rows = await db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.reportState, "pending"), lt(placements.updatedAt, before)))
    .orderBy(placements.updatedAt)
    .limit(limit);
  return rows.map((r) => r.id);
}
