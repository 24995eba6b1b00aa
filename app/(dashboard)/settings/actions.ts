"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";

export const createApiKeyAction = authorizedAction(
  "settings:manage",
  z.object({ name: z.string().trim().min(1, "Give the key a name").max(80) }),
  async ({ name }, { user, db }) => {
    const created = await createApiKey(db, user.id, name);
    revalidatePath("/settings");
    return { key: created.key, name: created.name };
  },
);

export const revokeApiKeyAction = authorizedAction("settings:manage", z.object({ id: z.string().uuid() }), async ({ id }, { user, db }) => {
  await revokeApiKey(db, user.id, id);
  revalidatePath("/settings");
  return { id };
});
