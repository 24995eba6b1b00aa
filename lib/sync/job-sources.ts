import { asc } from "drizzle-orm";
import type { Db } from "@/db";
import { jobSources } from "@/db/schema";

export function listJobSources(db: Db) {
  return db.select().from(jobSources).orderBy(asc(jobSources.name));
}
