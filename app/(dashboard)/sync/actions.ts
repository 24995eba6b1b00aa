"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/action";
import { sourceTypes } from "@/lib/etl/canonical";
import { createSource, setSourceEnabled } from "@/lib/sync/sources";

const configJson = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text || "{}");
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "Config must be a JSON object, e.g. {\"country\": \"gb\"}" });
  return z.NEVER;
});

export const addSourceAction = authorizedAction(
  "sources:manage",
  z.object({
    type: z.enum(sourceTypes),
    name: z.string().trim().min(1, "Give the source a name").max(100),
    config: configJson,
    schedule: z.string().trim().max(100).transform((s) => s || null),
  }),
  async (input, { db }) => {
    const source = await createSource(db, { ...input, enabled: true });
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
