import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db";
import { seedDemoData } from "@/db/seed";
import { openTestDatabase } from "@/tests/db";
import { isDemoDataSeeded } from "./flag";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe("the demo-data flag", () => {
  it("is unset in a fresh database and set by the demo seed", async () => {
    expect(await isDemoDataSeeded(handle.db)).toBe(false);
    await seedDemoData(handle.db);
    expect(await isDemoDataSeeded(handle.db)).toBe(true);
  });
});
