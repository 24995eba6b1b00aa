import { describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { forPage } from "./page";

describe("forPage", () => {
  it("turns a missing thing into the 404 page and passes other errors on to the error page", async () => {
    await expect(forPage(Promise.reject(new NotFoundError("Job")))).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expect(forPage(Promise.reject(new ConflictError("busy")))).rejects.toBeInstanceOf(ConflictError);
    await expect(forPage(Promise.resolve(3))).resolves.toBe(3);
  });
});
