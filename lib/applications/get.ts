import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { applicationEvents, applications, placements, users, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { visibleApplications } from "./access";
import { applicationsWithParties } from "./list";
import { allowedNextStages } from "./stages";
import { daysBetween, daysPerStage } from "./time-in-stage";

/** One application the actor may see, with its history, time in stage, the moves open to it and its placement. */
export async function getApplication(db: Db, actor: Pick<User, "id" | "role">, id: string, now = new Date()) {
  const [row] = await applicationsWithParties(db).where(and(eq(applications.id, id), visibleApplications(actor)));
  if (!row) throw new NotFoundError("Application");
  const [history, [placement]] = await Promise.all([
    db
      .select({ event: applicationEvents, actorName: users.name })
      .from(applicationEvents)
      .leftJoin(users, eq(users.id, applicationEvents.actorId))
      .where(eq(applicationEvents.applicationId, id))
      .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id)),
    db.select().from(placements).where(eq(placements.applicationId, id)),
  ]);
  const events = history.map((h) => ({ ...h.event, actorName: h.actorName }));
  return {
    ...row,
    history: events,
    timeInStageDays: daysBetween(row.application.stageChangedAt, now),
    daysPerStage: daysPerStage(events, now),
    allowedNextStages: allowedNextStages(row.application.stage),
    placement: placement ?? null,
  };
}

export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;
