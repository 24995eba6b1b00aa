import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, companies, jobs, notifications, realtimeEvents, users, type User } from "@/db/schema";

// A small cast for notification tests: admins, recruiters, a seeker with a profile, and jobs.

export async function makeUser(db: Db, role: User["role"], name: string): Promise<User> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${crypto.randomUUID().slice(0, 8)}@test.example`;
  const [user] = await db.insert(users).values({ email, name, role, passwordHash: "not-a-password" }).returning();
  return user;
}

export async function notificationCast(db: Db) {
  const [admin, otherAdmin, recruiter, colleague, seeker] = [
    await makeUser(db, "admin", "Ada Admin"),
    await makeUser(db, "admin", "Otto Admin"),
    await makeUser(db, "recruiter", "Rita Recruiter"),
    await makeUser(db, "recruiter", "Carl Colleague"),
    await makeUser(db, "seeker", "Sam Seeker"),
  ];
  const [company] = await db.insert(companies).values({ name: "Acme", normalizedName: `acme-${crypto.randomUUID()}` }).returning();
  const [job, otherJob] = await db
    .insert(jobs)
    .values([
      { title: "Data engineer", companyId: company.id, createdBy: recruiter.id },
      { title: "Analytics engineer", companyId: company.id, createdBy: recruiter.id },
    ])
    .returning();
  const [own, other] = await db
    .insert(candidates)
    .values([
      { fullName: "Sam Seeker", userId: seeker.id, createdBy: seeker.id },
      { fullName: "Olga Other", createdBy: recruiter.id },
    ])
    .returning();
  const [seekerApplication, recruiterApplication] = await db
    .insert(applications)
    .values([
      { candidateId: own.id, jobId: job.id, stage: "applied", createdBy: seeker.id },
      { candidateId: other.id, jobId: job.id, stage: "applied", createdBy: recruiter.id },
    ])
    .returning();
  return { admin, otherAdmin, recruiter, colleague, seeker, job, otherJob, own, other, seekerApplication, recruiterApplication };
}

/** Each user's notifications of one event, by user id. */
export async function notificationsOf(db: Db, eventId: string) {
  const rows = await db.select().from(notifications).where(eq(notifications.eventId, eventId));
  return new Map(rows.map((r) => [r.userId, r]));
}

export async function realtimeFor(db: Db, userId: string) {
  return db.select().from(realtimeEvents).where(eq(realtimeEvents.topic, `user:${userId}`));
}
