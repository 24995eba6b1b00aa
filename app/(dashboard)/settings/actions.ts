"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/server/action";
import { revokeAnyApiKey } from "@/lib/auth/api-keys";
import { matchSettingsInput, saveMatchSettings } from "@/lib/matching/settings";

export const revokeAnyApiKeyAction = authorizedAction("settings:manage", z.object({ id: z.string().uuid() }), async ({ id }, { db }) => {
  await revokeAnyApiKey(db, id);
  revalidatePath("/settings");
  return { id };
});

export const saveMatchSettingsAction = authorizedAction("settings:manage", matchSettingsInput, async (input, { db, user }) => {
  const saved = await saveMatchSettings(db, user, input);
  revalidatePath("/settings");
  return { version: saved.version };
});
