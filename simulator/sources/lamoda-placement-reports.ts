import { z } from "zod";
import type { Catalog } from "../catalog/catalog";
import { jsonResponse } from "../http";
import { groundTruthOf } from "../records";

// POST /v1/placements: a hire reported by Hireflow (docs/sources/lamoda.md), idempotent on external_reference.

const reportSchema = z.object({
  job_id: z.string().min(1),
  candidate_id: z.string().min(1).nullish(),
  candidate: z.object({ full_name: z.string().min(1), email: z.string().nullish() }),
  status: z.literal("hired"),
  start_date: z.iso.date().nullish(),
  salary: z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) }).nullish(),
  external_reference: z.string().min(1).max(200),
});

export type ReportedPlacement = z.infer<typeof reportSchema> & { id: string };

/** The placements the marketplace has accepted, by external_reference; cleared by the simulator's reset. */
export class PlacementReports {
  private readonly byReference = new Map<string, ReportedPlacement>();

  list(): ReportedPlacement[] {
    return [...this.byReference.values()];
  }

  clear(): void {
    this.byReference.clear();
  }

  /** 201 `{id}` for a new report, 200 with the same id for a repeat, 400 for a bad body, 404 for a job the marketplace does not have. */
  receive(catalog: Catalog, body: string): Response {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return lamodaRequestError(400, "INVALID_REQUEST", "Body must be JSON");
    }
    const parsed = reportSchema.safeParse(json);
    if (!parsed.success) return lamodaRequestError(400, "INVALID_REQUEST", z.prettifyError(parsed.error));
    const known = this.byReference.get(parsed.data.external_reference);
    if (known) return jsonResponse({ id: known.id }, 200);
    if (!groundTruthOf(catalog, "lamoda", parsed.data.job_id)) return lamodaRequestError(404, "RESOURCE_NOT_FOUND", `No job ${parsed.data.job_id}`);
    const id = `plc_hf_${this.byReference.size + 1}`;
    this.byReference.set(parsed.data.external_reference, { ...parsed.data, id });
    return jsonResponse({ id }, 201);
  }
}

function lamodaRequestError(status: number, code: "INVALID_REQUEST" | "RESOURCE_NOT_FOUND", message: string): Response {
  return jsonResponse({ error: { code, message } }, status);
}
