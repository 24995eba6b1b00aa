"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/server/action";
import { chooseDefaultSequence, createSequence, deleteSequence, sequenceIdInput, sequenceInput, updateSequence } from "@/lib/follow-ups/sequences";

// A new sequence posts an empty id.
const saveInput = sequenceInput.extend({ id: z.preprocess((v) => (v === "" ? undefined : v), sequenceIdInput.shape.id.optional()) });

export const saveSequenceAction = authorizedAction("follow-ups:sequences", saveInput, async ({ id, ...input }, { db, user }) => {
  const saved = id ? await updateSequence(db, user, id, input) : await createSequence(db, user, input);
  revalidatePath("/settings");
  return { id: saved.id };
});

export const deleteSequenceAction = authorizedAction("follow-ups:sequences", sequenceIdInput, async ({ id }, { db, user }) => {
  await deleteSequence(db, user, id);
  revalidatePath("/settings");
  return { id };
});

export const chooseDefaultSequenceAction = authorizedAction("follow-ups:sequences", sequenceIdInput, async ({ id }, { db, user }) => {
  await chooseDefaultSequence(db, user, id);
  revalidatePath("/settings");
  return { id };
});
