import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { applications, type User } from "@/db/schema";
import { pipelineTopic, publish, userTopic } from "@/lib/realtime";
import { findVisibleApplication } from "./access";
import type { UpdateApplicationInput } from "./input";

/** Edits the notes and contacts kept on an application (the owner seeker's, or any for recruiters). */
export async function updateApplication(db: Db, actor: Pick<User, "id" | "role">, id: string, input: UpdateApplicationInput): Promise<void> {
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await findVisibleApplication(tx, actor, id, { forUpdate: true });
    await tx
      .update(applications)
      .set({ ...(input.notes !== undefined && { notes: input.notes }), ...(input.contacts !== undefined && { contacts: input.contacts }), updatedAt: new Date() })
      .where(eq(applications.id, id));
    const notice = { type: "application.updated", application_id: id, job_id: current.jobId, candidate_id: current.candidateId };
    if (current.jobId) await publish(tx, pipelineTopic, notice);
    if (current.ownerUserId) await publish(tx, userTopic(current.ownerUserId), notice);
  });
}
