import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { employmentType, jobSources, jobStatus, seniorityLevel, sourceType } from "@/db/schema";
import { seedDemoData } from "@/db/seed";
import { NotFoundError } from "@/lib/errors";
import { findSource } from "@/lib/sync/sources";
import { openTestDatabase } from "@/tests/db";
import { jobFiltersSchema } from "./filters";
import { listJobs } from "./queries";
import { employmentTypes, jobStatuses, seniorityLevels, sourceTypes } from "./vocabulary";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
  await seedDemoData(handle.db, new Date("2026-11-01T00:00:00Z"));
});
afterAll(() => handle.close());

describe("the catalogue's vocabulary", () => {
  it("is what the database enums hold", () => {
    expect(employmentType.enumValues).toEqual([...employmentTypes]);
    expect(seniorityLevel.enumValues).toEqual([...seniorityLevels]);
    expect(sourceType.enumValues).toEqual([...sourceTypes]);
    expect(jobStatus.enumValues).toEqual([...jobStatuses]);
  });

  it("is what the filters accept", () => {
    for (const level of seniorityLevels) expect(jobFiltersSchema.parse({ level }).level).toBe(level);
    expect(jobFiltersSchema.safeParse({ level: "guru" }).success).toBe(false);
    expect(jobFiltersSchema.safeParse({ employment_type: "gig" }).success).toBe(false);
  });

  it("is enforced by the database", async () => {
    await expect(handle.db.execute(sql`update jobs set level = 'guru'`)).rejects.toThrow();
    await expect(handle.db.insert(jobSources).values({ type: "monster" as never, name: "Monster" })).rejects.toThrow();
  });

  it("still lets a source be found by a name that is no source type, and a filter by it match nothing", async () => {
    expect((await findSource(handle.db, "Adzuna GB")).type).toBe("adzuna");
    expect((await findSource(handle.db, "lever")).name).toBe("Lever Orbitly");
    await expect(findSource(handle.db, "Monster Jobs")).rejects.toBeInstanceOf(NotFoundError);
    const none = await listJobs(handle.db, jobFiltersSchema.parse({ source: "Monster Jobs" }));
    expect(none.items).toEqual([]);
  });
});
