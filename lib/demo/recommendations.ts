import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { applicationEvents, applications, candidates, jobs } from "@/db/schema";
import type { ApplicationStage } from "@/db/schema/applications";

// A little collaborative signal for the demo: a few demo candidates (never the demo seeker, whose
// tracker starts empty) saved Data Engineer jobs and went on to related ones, so the seeker's
// "Seekers like you" tab has something to say once they save a Data Engineer job. Idempotent.

const plan: { candidate: string; saves: string[]; applies: string[] }[] = [
  { candidate: "Grace Kim", saves: ["Data Engineer"], applies: ["Machine Learning Engineer", "Security Analyst"] },
  { candidate: "Mei Chen", saves: ["Data Engineer"], applies: ["Machine Learning Engineer"] },
  { candidate: "Kwame Mensah", saves: ["Data Engineer", "Security Analyst"], applies: ["Machine Learning Engineer"] },
  { candidate: "Priya Raman", saves: ["Data Engineer"], applies: ["Senior Backend Engineer (TypeScript)"] },
];

export async function seedDemoRecommendations(db: Db): Promise<{ applications: number }> {
  const people = await db.select({ id: candidates.id, name: candidates.fullName }).from(candidates).where(and(inArray(candidates.fullName, plan.map((p) => p.candidate))));
  // The first (London) posting of each title: everyone went for the same job, which is the signal.
  const titles = [...new Set(plan.flatMap((p) => [...p.saves, ...p.applies]))];
  const postings = await db.select({ id: jobs.id, title: jobs.title }).from(jobs).where(and(inArray(jobs.title, titles), eq(jobs.city, "London")));
  const jobFor = new Map(postings.map((j) => [j.title, j.id]));
  const rows: { candidateId: string; jobId: string; stage: ApplicationStage }[] = [];
  for (const p of plan) {
    const person = people.find((c) => c.name === p.candidate);
    if (!person) continue;
    for (const [titlesOf, stage] of [[p.saves, "saved"], [p.applies, "applied"]] as const) {
      for (const title of titlesOf) {
        const jobId = jobFor.get(title);
        if (jobId) rows.push({ candidateId: person.id, jobId, stage });
      }
    }
  }
  if (rows.length === 0) return { applications: 0 };
  const added = await db.insert(applications).values(rows).onConflictDoNothing().returning({ id: applications.id, stage: applications.stage });
  if (added.length > 0) await db.insert(applicationEvents).values(added.map((a) => ({ applicationId: a.id, fromStage: null, toStage: a.stage, note: "Demo data" })));
  return { applications: added.length };
}
