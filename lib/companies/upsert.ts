import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { companies } from "@/db/schema";
import { normaliseCompanyName } from "./normalise";

/** The company a name stands for, created when new: merged on the same key as the load stage's. */
export async function upsertCompanyByName(db: Db, name: string | null, now = new Date()): Promise<string | null> {
  const key = name ? normaliseCompanyName(name) : "";
  if (!name || !key) return null;
  await db.insert(companies).values({ name: name.trim(), normalizedName: key, createdAt: now, updatedAt: now }).onConflictDoNothing({ target: companies.normalizedName });
  const [row] = await db.select({ id: companies.id }).from(companies).where(eq(companies.normalizedName, sql`${key}`));
  return row?.id ?? null;
}
