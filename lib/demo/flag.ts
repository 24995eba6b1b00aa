import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { appFlags } from "@/db/schema";

const demoFlag = "demo_data";

/** Written by the demo seed: only then do the demo accounts (and their password) exist. */
export async function markDemoDataSeeded(db: Db): Promise<void> {
  await db.insert(appFlags).values({ name: demoFlag }).onConflictDoNothing();
}

export async function isDemoDataSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ name: appFlags.name }).from(appFlags).where(eq(appFlags.name, demoFlag)).limit(1);
  return Boolean(row);
}
