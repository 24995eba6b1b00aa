import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, csvLine, csvRows } from "./csv";

describe("csvCell", () => {
  it("quotes a cell holding a comma, a quote or a line break, doubling quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('the "best" job')).toBe('"the ""best"" job"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("carriage\rreturn")).toBe('"carriage\rreturn"');
  });

  it("makes text that a spreadsheet would run as a formula inert", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\",\"x\")")).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tcmd")).toBe("'\tcmd");
    expect(csvCell("\rcmd")).toBe("\"'\rcmd\"");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes numbers, booleans, dates, lists and objects as text, null as empty", () => {
    expect(csvCell(-42.5)).toBe("-42.5");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-12-02T10:00:00Z"))).toBe("2026-12-02T10:00:00.000Z");
    expect(csvCell(["Go", "SQL"])).toBe("Go; SQL");
    expect(csvCell(["=evil", "SQL"])).toBe("'=evil; SQL");
    expect(csvCell([{ name: "A, B" }])).toBe('"[{""name"":""A, B""}]"');
  });

  it("keeps non-ASCII text as it is", () => {
    expect(csvCell("Zoë Müller — Київ")).toBe("Zoë Müller — Київ");
  });
});

describe("csv lines", () => {
  it("ends each record with CRLF and writes a header from the columns", () => {
    const columns = [
      { header: "name", value: (r: { name: string; n: number }) => r.name },
      { header: "n", value: (r: { name: string; n: number }) => r.n },
    ];
    expect(csvHeader(columns)).toBe("name,n\r\n");
    expect(csvRows(columns, [{ name: "a,b", n: 1 }, { name: "c", n: 2 }])).toBe('"a,b",1\r\nc,2\r\n');
    expect(csvLine([])).toBe("\r\n");
  });
});
