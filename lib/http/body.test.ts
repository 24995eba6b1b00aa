import { describe, expect, it } from "vitest";
import { readBodyText, readJsonBody, readMultipartFile } from "./body";
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

describe("readMultipartFile", () => {
  const form = (field: string, content: string, name = "cv.txt") => {
    const data = new FormData();
    data.append(field, new File([content], name, { type: "text/plain" }));
    data.append("note", "kept apart");
    return data;
  };

  it("returns the named file's bytes, name and declared type", async () => {
    const file = await readMultipartFile(post(form("file", "Jane Doe")), "file", 100);
    expect(Buffer.from(file.bytes).toString()).toBe("Jane Doe");
    expect(file).toMatchObject({ fileName: "cv.txt", mediaType: "text/plain" });
  });

  it("400 for a body that is not multipart, a malformed one, or one without the field", async () => {
    await expect(readMultipartFile(post("{}", { "content-type": "application/json" }), "file", 100)).rejects.toBeInstanceOf(ValidationError);
    await expect(readMultipartFile(post("garbage", { "content-type": "multipart/form-data; boundary=zzz" }), "file", 100)).rejects.toBeInstanceOf(ValidationError);
    await expect(readMultipartFile(post(form("resume", "Jane Doe")), "file", 100)).rejects.toBeInstanceOf(ValidationError);
  });

  it("413 for a file over the cap even when the envelope fits, and for a streamed body far over it", async () => {
    await expect(readMultipartFile(post(form("file", "x".repeat(101))), "file", 100)).rejects.toBeInstanceOf(PayloadTooLargeError);
    const huge = streamOf([new Uint8Array(200 * 1024)]);
    await expect(readMultipartFile(post(huge, { "content-type": "multipart/form-data; boundary=zzz" }), "file", 100)).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});
