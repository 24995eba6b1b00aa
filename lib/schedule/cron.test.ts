import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { nextCronRun, parseCron } from "./cron";

const newYearUtc = new Date("2026-01-01T00:00:00Z");

// Runs under a non-UTC zone on purpose (schedules must not follow the server's TZ); the worker gets its zone back.
const serverZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "America/New_York";
});
afterAll(() => {
  if (serverZone === undefined) delete process.env.TZ;
  else process.env.TZ = serverZone;
});

describe("parseCron", () => {
  it("runs with the process in a non-UTC zone", () => {
    expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset()).toBe(300);
  });

  it("reads a schedule without TZ= as UTC, whatever the server's zone", () => {
    expect(nextCronRun("0 6 * * *", newYearUtc)?.toISOString()).toBe("2026-01-01T06:00:00.000Z");
  });

  it("reads a TZ= prefix as that zone", () => {
    expect(nextCronRun("TZ=America/New_York 0 6 * * *", newYearUtc)?.toISOString()).toBe("2026-01-01T11:00:00.000Z");
    expect(nextCronRun("TZ=Europe/Paris 30 9 * * 1-5", newYearUtc)?.toISOString()).toBe("2026-01-01T08:30:00.000Z");
  });

  it("accepts six fields and surrounding spaces", () => {
    expect(nextCronRun("  */30 * * * * *  ", newYearUtc)?.toISOString()).toBe("2026-01-01T00:00:30.000Z");
  });

  it.each(["", "TZ=Nowhere/Special 0 6 * * *", "61 * * * *", "every day", "0 6 * *"])("refuses %j as a ValidationError", (expression) => {
    expect(() => parseCron(expression)).toThrow(ValidationError);
  });
});
