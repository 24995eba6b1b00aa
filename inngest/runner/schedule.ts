import { and, eq, inArray, lte } from "drizzle-orm";
import type { Db } from "@/db";
import { cronSchedules } from "@/db/schema";
import { nextCronRun } from "@/lib/schedule/cron";
import { startRun } from "./dispatch";
import { type AnyFunction, SCHEDULED_EVENT, cronTriggersOf, functionIdOf } from "./registry";

export function nextFireTime(expression: string, after: Date): Date {
  const next = nextCronRun(expression, after);
  if (!next) throw new Error(`Cron "${expression}" never fires after ${after.toISOString()}`);
  return next;
}

/**
 * Starts a run of every cron-triggered function whose time has come and stores its next fire
 * time. Missed fires while the app was down collapse into one run, as on Inngest. Each fire is
 * claimed with a conditional update, so two processes never both start it.
 */
export async function fireDueCrons(db: Db, functions: readonly AnyFunction[], now: Date): Promise<number> {
  let fired = 0;
  for (const fn of functions) {
    const functionId = functionIdOf(fn);
    const crons = cronTriggersOf(fn);
    if (crons.length === 0) continue;
    const existing = await db.select().from(cronSchedules).where(eq(cronSchedules.functionId, functionId));
    const stale = existing.filter((row) => !crons.includes(row.cron)).map((row) => row.cron);
    if (stale.length) {
      await db.delete(cronSchedules).where(and(eq(cronSchedules.functionId, functionId), inArray(cronSchedules.cron, stale)));
    }
    for (const cron of crons) {
      const schedule = existing.find((row) => row.cron === cron);
      if (!schedule) {
        await db.insert(cronSchedules).values({ functionId, cron, nextFireAt: nextFireTime(cron, now) }).onConflictDoNothing();
        continue;
      }
      if (schedule.nextFireAt > now) continue;
      const [claimed] = await db
        .update(cronSchedules)
        .set({ nextFireAt: nextFireTime(cron, now), lastFiredAt: now })
        .where(
          and(
            eq(cronSchedules.functionId, functionId),
            eq(cronSchedules.cron, cron),
            lte(cronSchedules.nextFireAt, now),
            eq(cronSchedules.nextFireAt, schedule.nextFireAt),
          ),
        )
        .returning();
      if (!claimed) continue;
      await startRun(db, fn, { name: SCHEDULED_EVENT, data: { cron }, ts: now.getTime() }, { now });
      fired += 1;
    }
  }
  return fired;
}
