import { matchDecisionJson } from "@/lib/matching/serialize";
import { z } from "zod";
import { apiRoute } from "@/server/route";
import { decideMatch } from "@/lib/matching/queries";

export const POST = apiRoute({ doc: { summary: "Shortlist a match", response: matchDecisionJson }, right: "matches:decide", params: z.object({ id: z.string().uuid("Match id must be a UUID") }) }, async ({ db, user, params }) => {
  const row = await decideMatch(db, user, params.id, "shortlisted");
  return { id: row.id, status: row.status, status_by: row.statusBy, status_at: row.statusAt?.toISOString() ?? null };
});
