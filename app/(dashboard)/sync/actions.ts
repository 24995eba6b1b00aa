"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/server/action";
import { createSource, createSourceFormSchema, setSourceEnabled } from "@/lib/sync/sources";

export const addSourceAction = authorizedAction(
  "sources:manage",
  createSourceFormSchema,
  async (input, { db }) => {
    const source = await createSource(db, input);
    revalidatePath("/sync");
    return { id: source.id, name: source.name };
  },
);

export const setSourceEnabledAction = authorizedAction(
  "sources:manage",
  z.object({ id: z.string().uuid(), enabled: z.enum(["true", "false"]).transform((v) => v === "true") }),
  async ({ id, enabled }, { db }) => {
    const source = await setSourceEnabled(db, id, enabled);
    revalidatePath("/sync");
    return { id: source.id, enabled: source.enabled };
  },
);
