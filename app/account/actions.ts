"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/server/action";
import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";

const expiresOn = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const at = new Date(`${v}T23:59:59Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: "custom", message: "Pick a date" });
      return z.NEVER;
    }
    if (at.getTime() <= Date.now()) {
      ctx.addIssue({ code: "custom", message: "The expiry must be in the future" });
      return z.NEVER;
    }
    return at;
  });

export const createOwnApiKeyAction = authorizedAction(
  "apikeys:own",
  z.object({ name: z.string().trim().min(1, "Give the key a name").max(80), expires_on: expiresOn }),
  async ({ name, expires_on }, { user, db }) => {
    const created = await createApiKey(db, user.id, name, expires_on);
    revalidatePath("/account");
    return { key: created.key, name: created.name };
  },
);

export const revokeOwnApiKeyAction = authorizedAction("apikeys:own", z.object({ id: z.string().uuid() }), async ({ id }, { user, db }) => {
  await revokeApiKey(db, user.id, id);
  revalidatePath("/account");
  return { id };
});
