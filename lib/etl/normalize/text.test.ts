import { describe, expect, it } from "vitest";
import { cleanInline, cleanText, decodeEntities, foldWhitespace } from "./text";

describe("decodeEntities", () => {
  it("decodes named, decimal and hex entities", () => {
    expect(decodeEntities("AT&amp;T &lt;b&gt; &#8211; &#x27;quoted&#X27; &nbsp;&hellip;")).toBe("AT&T <b> – 'quoted'  …");
  });

  it("leaves unknown or malformed entities alone", () => {
    expect(decodeEntities("&bogus; & &#xZZ; &#0;")).toBe("&bogus; & &#xZZ; &#0;");
  });
});

describe("cleanText", () => {
  it("unescapes Greenhouse's entity-escaped HTML before stripping tags", () => {
    const escaped = "&lt;h3&gt;Required skills &amp;amp; experience&lt;/h3&gt;\n&lt;p&gt;You probably haven&#x27;t heard&lt;/p&gt;";
    expect(cleanText(escaped)).toBe("Required skills & experience\n\nYou probably haven't heard");
  });

  it("unescapes doubly escaped markup", () => {
    expect(cleanText("&amp;lt;p&amp;gt;Hello&amp;lt;/p&amp;gt;")).toBe("Hello");
  });

  it("turns list items into bullet lines and keeps inline text joined", () => {
    const html = "<p>We use <strong>React</strong>:</p><ul><li>Hooks</li><li>Suspense</li></ul>";
    expect(cleanText(html)).toBe("We use React:\n\n• Hooks\n• Suspense");
  });

  it("strips HeadHunter highlight tags without gluing or splitting words", () => {
    expect(cleanText("языки <highlighttext>Python</highlighttext>, Java")).toBe("языки Python, Java");
  });

  it("drops scripts, styles and comments", () => {
    expect(cleanText("<style>p{color:red}</style><!-- hidden --><script>alert(1)</script>Visible")).toBe("Visible");
  });

  it("keeps a literal less-than sign that is not a tag", () => {
    expect(cleanText("Team size < 10, experience <5 years")).toBe("Team size < 10, experience <5 years");
  });

  it("folds spaces, non-breaking spaces and runs of blank lines", () => {
    expect(cleanText("  a \u00a0  b\n\n\n\n  c\t ")).toBe("a b\n\nc");
  });

  it("treats null and empty input as empty text", () => {
    expect(cleanText(null)).toBe("");
    expect(cleanText(undefined)).toBe("");
  });
});

describe("cleanInline", () => {
  it("puts everything on one line", () => {
    expect(cleanInline("<p>Senior</p><p>Engineer</p>")).toBe("Senior Engineer");
  });
});

describe("foldWhitespace", () => {
  // The rule as a chain of regular expressions: the one-pass scanner must agree with it exactly.
  const byRegex = (text: string) =>
    text.replace(/\r\n?/g, "\n").replace(/[^\S\n]+/g, " ").split("\n").map((line) => line.trim()).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  const cases = [
    "",
    " \n ",
    "\r\n",
    "plain",
    " a \r\n\r\n\r\n b ",
    "a\rb",
    "a\r\rb",
    "x \n \n \n y",
    "x\n\ny",
    "a \n\t\n b",
    "\t\ta\u00a0\u00a0b\u2028c\u2029\u2029d\ufeff",
    "a\u000b\u000cb",
    "a\u0085b",
    "a\u0001 b",
    "a \u0001\n\nb",
    "\u0001",
    "• first\n\n\n\n• second   item\t\tend  \n",
    "Ищем   разработчика.\r\n\r\nТребования:\u3000опыт",
  ];
  it.each(cases)("folds %j as the regular expressions do", (text) => {
    expect(foldWhitespace(text)).toBe(byRegex(text));
  });
});
