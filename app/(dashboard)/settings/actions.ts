"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { revokeAnyApiKey } from "@/lib/auth/api-keys";

export const revokeAnyApiKeyAction = authorizedAction("settings:manage", z.object({ id: z.string().uuid() }), async ({ id }, { db }) => {
  await revokeAnyApiKey(db, id);
  revalidatePath("/settings");
  return { id };
});
