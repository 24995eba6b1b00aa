import { describe, expect, it } from "vitest";
import { readBodyText, readJsonBody } from "./body";
import { PayloadTooLargeError, ValidationError } from "@/lib/errors";
import { rejectBadText } from "./text";
import { statusFor } from "./respond";

function streamOf(chunks: Uint8Array[], onPull?: () => void) {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("reads a body under the cap", async () => {
    expect(await readBodyText(post('{"a":1}'), 100)).toBe('{"a":1}');
    expect(await readJsonBody(post('{"a":1}'), 100)).toEqual({ a: 1 });
    expect(await readJsonBody(post(""), 100)).toBeUndefined();
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    let pulled = 0;
    const req = post(streamOf([new Uint8Array(10)], () => pulled++), { "content-length": "2000000" });
    await expect(readBodyText(req, 1_048_576)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(pulled).toBeLessThanOrEqual(1); // the stream primes one chunk by itself
  });

  it("counts streamed bytes when Content-Length is absent or lies, and stops reading", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const chunks = Array.from({ length: 100 }, () => chunk);
    const err = await readBodyText(post(streamOf(chunks, () => pulled++)), 200_000).catch((e) => e);
    expect(err).toBeInstanceOf(PayloadTooLargeError);
    expect(statusFor(err)).toBe(413);
    expect(err.code).toBe("payload_too_large");
    expect(pulled).toBeLessThan(10);
  });

  it("answers 400 for bytes that are not UTF-8", async () => {
    await expect(readBodyText(post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 100)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("rejectBadText", () => {
  it("refuses NUL and lone surrogates anywhere in a value, keys included, and accepts real text", () => {
    for (const bad of ["a\u0000b", "\uD800", "x\uDC00", { q: ["ok", "\u0000"] }, { ["k\u0000"]: 1 }]) {
      expect(() => rejectBadText(bad, "Query")).toThrow(ValidationError);
    }
    for (const good of ["plain", "emoji 😀", "Zürich", { q: ["a", "b"], n: 5 }, null]) {
      expect(() => rejectBadText(good, "Query")).not.toThrow();
    }
  });
});
