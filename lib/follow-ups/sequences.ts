import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { followUpSequences, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from "@/lib/errors";
import { standardSequence, stepsSchema } from "./templates";

export type FollowUpSequence = typeof followUpSequences.$inferSelect;

/** Steps arrive as a list from the API and as JSON text from a Settings form. */
const stepsInput = z.preprocess((value) => {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}, stepsSchema);

export const sequenceInput = z.object({
  name: z.string().trim().min(1, "Name the sequence").max(80, "Keep the name under 80 characters"),
  steps: stepsInput,
});
export type SequenceInput = z.infer<typeof sequenceInput>;
export const sequenceIdInput = z.object({ id: z.string().uuid("Not a sequence id") });

/**
 * The sequence new applications follow. The built-in "Standard" is created on first use when no
 * sequence is the default, so a fresh database needs no migration data; racing callers meet at the
 * unique index on the default flag and both read the one that won.
 */
export async function defaultSequence(db: Db): Promise<FollowUpSequence> {
  const [existing] = await db.select().from(followUpSequences).where(eq(followUpSequences.isDefault, true));
  if (existing) return existing;
  await db.insert(followUpSequences).values({ ...standardSequence, isDefault: true }).onConflictDoNothing();
  const [created] = await db.select().from(followUpSequences).where(eq(followUpSequences.isDefault, true));
  return created;
}

/** Every sequence, the default first. */
export async function listSequences(db: Db): Promise<FollowUpSequence[]> {
  await defaultSequence(db);
  return db.select().from(followUpSequences).orderBy(desc(followUpSequences.isDefault), asc(followUpSequences.name), asc(followUpSequences.id));
}

function assertManager(actor: Pick<User, "role">) {
  if (!can(actor.role, "follow-ups:sequences")) throw new ForbiddenError("Only admins define follow-up sequences.");
}

async function assertNameFree(db: Db, name: string, exceptId?: string) {
  const [clash] = await db
    .select({ id: followUpSequences.id })
    .from(followUpSequences)
    .where(and(sql`lower(${followUpSequences.name}) = lower(${name})`, exceptId ? ne(followUpSequences.id, exceptId) : undefined));
  if (clash) throw new ConflictError(`A sequence called "${name}" already exists.`, { existing_sequence_id: clash.id });
}

export async function createSequence(db: Db, actor: Pick<User, "id" | "role">, input: SequenceInput): Promise<FollowUpSequence> {
  assertManager(actor);
  await defaultSequence(db);
  await assertNameFree(db, input.name);
  const [row] = await db.insert(followUpSequences).values({ name: input.name, steps: input.steps, createdBy: actor.id }).returning();
  return row;
}

/** Changes apply to applications entering `applied` from now on; follow-ups already planned keep their text. */
export async function updateSequence(db: Db, actor: Pick<User, "role">, id: string, input: SequenceInput): Promise<FollowUpSequence> {
  assertManager(actor);
  await assertNameFree(db, input.name, id);
  const [row] = await db.update(followUpSequences).set({ name: input.name, steps: input.steps, updatedAt: new Date() }).where(eq(followUpSequences.id, id)).returning();
  if (!row) throw new NotFoundError("Follow-up sequence");
  return row;
}

export async function deleteSequence(db: Db, actor: Pick<User, "role">, id: string): Promise<{ id: string }> {
  assertManager(actor);
  const [row] = await db.select().from(followUpSequences).where(eq(followUpSequences.id, id));
  if (!row) throw new NotFoundError("Follow-up sequence");
  if (row.isDefault) throw new UnprocessableError("This is the default sequence: choose another default before deleting it.", { sequence_id: id });
  // Follow-ups already planned from it stay (their sequence_id becomes null).
  await db.delete(followUpSequences).where(eq(followUpSequences.id, id));
  return { id };
}

export async function chooseDefaultSequence(db: Db, actor: Pick<User, "role">, id: string): Promise<FollowUpSequence> {
  assertManager(actor);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const [row] = await tx.select().from(followUpSequences).where(eq(followUpSequences.id, id)).for("update");
    if (!row) throw new NotFoundError("Follow-up sequence");
    const now = new Date();
    // Cleared first: the unique index on the flag allows one default at any moment.
    await tx.update(followUpSequences).set({ isDefault: false, updatedAt: now }).where(and(eq(followUpSequences.isDefault, true), ne(followUpSequences.id, id)));
    const [chosen] = await tx.update(followUpSequences).set({ isDefault: true, updatedAt: now }).where(eq(followUpSequences.id, id)).returning();
    return chosen;
  });
}
