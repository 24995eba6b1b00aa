import { describe, expect, it } from "vitest";
import { normaliseCompanyName } from "./normalise";

describe("normaliseCompanyName", () => {
  it("drops legal forms, punctuation and case", () => {
    expect(normaliseCompanyName("Bluefin Payments Ltd.")).toBe("bluefin payments");
    expect(normaliseCompanyName("bluefin payments")).toBe("bluefin payments");
    expect(normaliseCompanyName("Fernwerk GmbH")).toBe("fernwerk");
    expect(normaliseCompanyName("Orbitly, Inc.")).toBe("orbitly");
  });

  it("drops Russian legal forms and quotes", () => {
    expect(normaliseCompanyName("ПАО «Восход Технологии»")).toBe("восход технологии");
    expect(normaliseCompanyName("ООО \"Рубин Софт\"")).toBe("рубин софт");
  });

  it("keeps words that merely contain a legal form", () => {
    expect(normaliseCompanyName("Agora Analytics")).toBe("agora analytics");
    expect(normaliseCompanyName("Сокол Аот")).toBe("сокол аот");
  });
});
