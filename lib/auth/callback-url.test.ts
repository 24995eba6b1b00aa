import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths with their query", () => {
    expect(safeCallbackPath("/jobs", "/")).toBe("/jobs");
    expect(safeCallbackPath("/jobs?q=rust&page=2#top", "/")).toBe("/jobs?q=rust&page=2#top");
    expect(safeCallbackPath("http://app.example/sync", "/", "http://app.example")).toBe("/sync");
  });

  it("refuses every way off the site", () => {
    const attacks = [
      "//x.y",
      "//x.y/path",
      "/\\x.y",
      "\\\\x.y",
      "http://x.y",
      "https://x.y/jobs",
      "javascript:alert(1)",
      "/%2F%2Fx.y",
      "%2F%2Fx.y",
      "/%5Cx.y",
      "/%252F%252Fx.y",
      " //x.y",
      "/\t/x.y",
      "/%09/x.y",
      "http://app.example.evil.y/",
      "http://app.example@x.y/",
      "",
      undefined,
      ["/jobs"],
    ];
    for (const attack of attacks) expect(safeCallbackPath(attack, "/home", "http://app.example"), String(attack)).toBe("/home");
  });
});
