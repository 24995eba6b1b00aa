import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PayloadTooLargeError, UnusableResumeError } from "@/lib/errors";
import { extractResumeText } from "./extract-text";

const fixture = (name: string) => new Uint8Array(readFileSync(join("tests/fixtures/resumes", name)));
const extract = (name: string, declared: string | null = null, fileName = name) => extractResumeText(fixture(name), fileName, declared, { maxBytes: 5 * 1024 * 1024 });

async function refusal(work: Promise<unknown>): Promise<string> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnusableResumeError);
  return (err as UnusableResumeError).code;
}

describe("extractResumeText", () => {
  it("reads a PDF's text layer line by line", async () => {
    const { kind, mediaType, text } = await extract("jane-doe.pdf", "application/pdf");
    expect(kind).toBe("pdf");
    expect(mediaType).toBe("application/pdf");
    expect(text.split("\n").slice(0, 3)).toEqual(["Jane Doe", "Senior Backend Engineer", "jane.doe@example.com | +44 20 7946 0958 | London, UK"]);
    expect(text).toContain("Sep 2016 - Dec 2019");
  });

  it("keeps both columns of a two-column PDF, interleaved as extraction gives them", async () => {
    const { text } = await extract("marco-rossi-two-column.pdf");
    expect(text).toContain("marco.rossi@example.it WORK EXPERIENCE");
    expect(text).toContain("MSc Computer Engineering, Politecnico di Milano, 2016");
  });

  it("reads a DOCX's paragraphs, Cyrillic included, one per line", async () => {
    const { kind, text } = await extract("anna-ivanova.docx");
    expect(kind).toBe("docx");
    expect(text.split("\n")[0]).toBe("Анна Иванова");
    expect(text).toContain("Март 2019 — по настоящее время\nРазработка");
  });

  it("reads plain text whatever its declared type, when the name agrees", async () => {
    const { kind, text } = await extract("jane-doe.txt", "text/plain");
    expect(kind).toBe("text");
    expect(text.startsWith("Jane Doe\n")).toBe(true);
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Иван Петров\nPython developer, Moscow, 5 years", "utf16le")]));
    expect((await extractResumeText(utf16, "cv.txt", null, { maxBytes: 1e6 })).text).toBe("Иван Петров\nPython developer, Moscow, 5 years");
  });

  it("names why a file is refused", async () => {
    expect(await refusal(extract("scanned-image-only.pdf"))).toBe("resume_no_text");
    expect(await refusal(extract("encrypted.pdf"))).toBe("resume_encrypted");
    expect(await refusal(extract("photo-named.pdf", "application/pdf"))).toBe("resume_type_mismatch");
    expect(await refusal(extract("text-named.pdf"))).toBe("resume_type_mismatch");
    expect(await refusal(extract("jane-doe.pdf", null, "jane-doe.docx"))).toBe("resume_type_mismatch");
    expect(await refusal(extract("jane-doe.txt", "application/pdf"))).toBe("resume_type_mismatch");
    expect(await refusal(extract("corrupt.pdf"))).toBe("resume_unreadable");
    expect(await refusal(extract("corrupt.docx"))).toBe("resume_unreadable");
    expect(await refusal(extract("photo-named.pdf", null, "photo.png"))).toBe("resume_unsupported_type");
    const oldWord = new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect(await refusal(extractResumeText(oldWord, "cv.doc", null, { maxBytes: 1e6 }))).toBe("resume_unsupported_type");
    const lockedWord = new Uint8Array(Buffer.concat([oldWord, Buffer.from("EncryptionInfo", "utf16le")]));
    expect(await refusal(extractResumeText(lockedWord, "cv.docx", null, { maxBytes: 1e6 }))).toBe("resume_encrypted");
    expect(await refusal(extractResumeText(new Uint8Array(), "cv.pdf", null, { maxBytes: 1e6 }))).toBe("resume_unreadable");
  });

  it("refuses more bytes than the cap before looking at them", async () => {
    await expect(extractResumeText(fixture("jane-doe.pdf"), "jane-doe.pdf", null, { maxBytes: 100 })).rejects.toBeInstanceOf(PayloadTooLargeError);
  });
});
