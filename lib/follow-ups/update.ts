import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, candidates, followUps, type FollowUpRow, type FollowUpStatus, type User } from "@/db/schema";
import { isOpenStage } from "@/lib/applications/stages";
import { NotFoundError, UnprocessableError } from "@/lib/errors";
import { findVisibleFollowUp } from "./access";
import type { FollowUpChange } from "./input";
import { publishFollowUpChange } from "./realtime";

/** Where a follow-up may go by hand; `cancelled` is final (the application moved on). */
const allowedStatusChanges: Record<FollowUpStatus, FollowUpStatus[]> = {
  planned: ["done", "skipped"],
  due: ["done", "skipped"],
  done: ["planned"],
  skipped: ["planned"],
  cancelled: [],
};

const isOpen = (status: FollowUpStatus) => status === "planned" || status === "due";

/** The row's new columns, or a 422 saying why the change cannot apply to it. */
export function followUpColumns(current: Pick<FollowUpRow, "status" | "dueAt" | "notifiedAt">, change: FollowUpChange, now: Date): Partial<FollowUpRow> {
  const target = change.status && change.status !== current.status ? change.status : undefined;
  if (target && !allowedStatusChanges[current.status].includes(target)) {
    throw new UnprocessableError(
      current.status === "cancelled"
        ? "This follow-up was cancelled when the application moved on; it cannot change."
        : `A ${current.status} follow-up cannot become ${target}.`,
      { from: current.status, allowed: allowedStatusChanges[current.status] },
    );
  }
  const reopening = target === "planned";
  if (!isOpen(current.status) && !reopening && (change.body !== undefined || change.due_at !== undefined)) {
    throw new UnprocessableError(`A ${current.status} follow-up cannot be edited${current.status === "cancelled" ? "" : "; reopen it first"}.`, {
      from: current.status,
      allowed: allowedStatusChanges[current.status],
    });
  }
  const columns: Partial<FollowUpRow> = { updatedAt: now };
  if (change.body !== undefined) columns.body = change.body;
  const dueAt = change.due_at ?? current.dueAt;
  if (change.due_at !== undefined) columns.dueAt = change.due_at;
  if (target === "done" || target === "skipped") {
    columns.status = target;
    columns.completedAt = now;
  } else if (reopening || (change.due_at !== undefined && isOpen(current.status))) {
    // Moved later: planned again, and the due check tells its owner once more when the new time comes.
    const stillDue = dueAt.getTime() <= now.getTime() && (current.status === "due" || (reopening && current.notifiedAt !== null));
    columns.status = stillDue ? "due" : "planned";
    columns.completedAt = null;
    if (!stillDue) columns.notifiedAt = null;
  }
  return columns;
}

/** PATCH a follow-up: edit its text or due time, complete, skip, or reopen it (Undo). */
export async function changeFollowUp(db: Db, actor: Pick<User, "id" | "role">, id: string, change: FollowUpChange, now = new Date()): Promise<void> {
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await findVisibleFollowUp(tx, actor, id, { forUpdate: true });
    const [application] = await tx
      .select({ stage: applications.stage, seekerUserId: candidates.userId })
      .from(applications)
      .innerJoin(candidates, eq(candidates.id, applications.candidateId))
      .where(eq(applications.id, current.applicationId));
    if (!application) throw new NotFoundError("Follow-up");
    if (change.status === "planned" && current.status !== "planned" && !isOpenStage(application.stage)) {
      throw new UnprocessableError(`The application is ${application.stage}: its follow-ups cannot be reopened.`, { from: current.status, allowed: [] });
    }
    await tx.update(followUps).set(followUpColumns(current, change, now)).where(eq(followUps.id, id));
    await publishFollowUpChange(tx, [{ followUpId: id, applicationId: current.applicationId, seekerUserId: application.seekerUserId }]);
  });
}
