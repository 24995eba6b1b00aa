import { afterEach, describe, expect, it } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { runWithContext } from "./context";
import { formatLine, log, setLogSink } from "./log";

const at = new Date("2026-12-02T10:00:00.000Z");

afterEach(() => {
  delete process.env.LOG_FORMAT;
  resetConfigForTests();
});

describe("log lines", () => {
  it("are one JSON object with time, level, msg, the request id and the fields", () => {
    const line = runWithContext({ requestId: "req-1" }, () => formatLine("warn", "slow query", { statement: "select jobs", durationMs: 812 }, true, at));
    expect(JSON.parse(line)).toEqual({ time: "2026-12-02T10:00:00.000Z", level: "warn", msg: "slow query", requestId: "req-1", statement: "select jobs", durationMs: 812 });
    expect(line).not.toContain("\n");
  });

  it("keep an error's message and stack in JSON, which would otherwise print {}", () => {
    const entry = JSON.parse(formatLine("error", "tick failed", { error: new Error("boom", { cause: new Error("root") }) }, true, at));
    expect(entry.error).toMatchObject({ name: "Error", message: "boom", cause: { message: "root" } });
    expect(entry.error.stack).toContain("boom");
    expect(entry).not.toHaveProperty("requestId");
  });

  it("read as text outside production, with the request id in brackets", () => {
    const line = runWithContext({ requestId: "req-2" }, () => formatLine("info", "sync finished", { source: "Adzuna GB", fetched: 3 }, false, at));
    expect(line).toBe("2026-12-02T10:00:00.000Z INFO  [req-2] sync finished source=Adzuna GB fetched=3");
  });

  it("follow LOG_FORMAT", () => {
    const lines: string[] = [];
    const restore = setLogSink((_level, line) => lines.push(line));
    try {
      process.env.LOG_FORMAT = "json";
      resetConfigForTests();
      log.info("one", { n: 1 });
      process.env.LOG_FORMAT = "text";
      resetConfigForTests();
      log.info("two");
    } finally {
      restore();
    }
    expect(JSON.parse(lines[0])).toMatchObject({ level: "info", msg: "one", n: 1 });
    expect(lines[1]).toMatch(/ INFO  two$/);
  });
});

describe("text lines with an error", () => {
  it("show the message inline and the stack below", () => {
    const line = formatLine("error", "tick failed", { error: new Error("boom") }, false, at);
    const [head, ...stack] = line.split("\n");
    expect(head).toBe("2026-12-02T10:00:00.000Z ERROR tick failed error=boom");
    expect(stack.join("\n")).toContain("Error: boom");
  });
});
