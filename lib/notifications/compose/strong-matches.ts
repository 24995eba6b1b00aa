import { eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "@/db";
import { candidates, companies, jobs } from "@/db/schema";
import type { strongMatchesFound } from "@/lib/events";
import { countOf, recipientsById, type NotificationDraft } from "../drafts";

type StrongMatches = z.infer<typeof strongMatchesFound.schema>;

const shown = 5;
const percent = (score: number) => `${Math.round(score * 100)}%`;

/** New strong matches: each job's recruiter and each candidate's seeker get one notification saying how many, best first. */
export async function strongMatchDrafts(db: Db, data: StrongMatches): Promise<NotificationDraft[]> {
  const pairs = [...data.matches].sort((a, b) => b.score - a.score);
  const [jobRows, candidateRows] = await Promise.all([
    db
      .select({ id: jobs.id, title: jobs.title, company: companies.name, createdBy: jobs.createdBy })
      .from(jobs)
      .leftJoin(companies, eq(companies.id, jobs.companyId))
      .where(inArray(jobs.id, [...new Set(pairs.map((p) => p.jobId))])),
    db.select({ id: candidates.id, name: candidates.fullName, userId: candidates.userId }).from(candidates).where(inArray(candidates.id, [...new Set(pairs.map((p) => p.candidateId))])),
  ]);
  const jobById = new Map(jobRows.map((j) => [j.id, j]));
  const candidateById = new Map(candidateRows.map((c) => [c.id, c]));
  const lines = new Map<string, { seeker: boolean; jobIds: Set<string>; lines: string[] }>();
  const add = (userId: string | null, seeker: boolean, jobId: string, line: string) => {
    if (!userId) return;
    const entry = lines.get(userId) ?? { seeker, jobIds: new Set<string>(), lines: [] };
    entry.jobIds.add(jobId);
    entry.lines.push(line);
    lines.set(userId, entry);
  };
  for (const pair of pairs) {
    const job = jobById.get(pair.jobId);
    const candidate = candidateById.get(pair.candidateId);
    if (!job || !candidate) continue;
    // Many postings share a title: the company tells them apart.
    const jobLabel = job.company ? `${job.title} at ${job.company}` : job.title;
    add(job.createdBy, false, job.id, `${candidate.name || "A candidate"} for ${jobLabel} (${percent(pair.score)})`);
    add(candidate.userId, true, job.id, `${jobLabel} (${percent(pair.score)})`);
  }
  const people = await recipientsById(db, [...lines.keys()]);
  const drafts: NotificationDraft[] = [];
  for (const [userId, entry] of lines) {
    const user = people.get(userId);
    if (!user) continue;
    const n = entry.lines.length;
    const more = n > shown ? `\n… and ${n - shown} more` : "";
    const [onlyJob] = entry.jobIds;
    drafts.push({
      userId,
      kind: "strong_match",
      title: entry.seeker ? `${countOf(n, "new strong match", "new strong matches")} for you` : `${countOf(n, "new strong match", "new strong matches")} for your jobs`,
      body: entry.lines.slice(0, shown).map((l) => `• ${l}`).join("\n") + more,
      link: user.role === "seeker" ? "/portal" : entry.jobIds.size === 1 ? `/jobs/${onlyJob}` : "/matches",
      data: { count: n, job_ids: [...entry.jobIds] },
    });
  }
  return drafts;
}
