// Writes the PDF and DOCX resume fixtures under tests/fixtures/resumes/: `npx tsx scripts/resume-fixtures.ts`.
// Hand-built minimal files, so no PDF or DOCX writer is a dependency and every byte is explained.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";

const dir = join(process.cwd(), "tests/fixtures/resumes");

type PdfText = { x: number; y: number; size?: number; text: string };

/** A one-page PDF: Helvetica text runs at given positions, optionally an image and a trailer addition. */
function pdf(runs: PdfText[], extra: { image?: boolean; trailer?: string; extraObjects?: string[] } = {}): Buffer {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = [
    ...runs.map((r) => `BT /F1 ${r.size ?? 10} Tf ${r.x} ${r.y} Td (${escape(r.text)}) Tj ET`),
    ...(extra.image ? ["q 400 0 0 500 100 200 cm /Im1 Do Q"] : []),
  ].join("\n");
  const gray = Buffer.alloc(64 * 64, 0x80).toString("latin1");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >>${extra.image ? " /XObject << /Im1 6 0 R >>" : ""} >> /Contents 5 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    ...(extra.image ? [`<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${gray.length} >>\nstream\n${gray}\nendstream`] : []),
    ...(extra.extraObjects ?? []),
  ];
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${extra.trailer ?? ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** Lines top-down from y=740 at the left margin. */
const lines = (texts: string[], x = 60, top = 740, step = 14): PdfText[] => texts.map((text, i) => ({ x, y: top - i * step, text }));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP of deflated entries, as Word writes them. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const raw = Buffer.from(content, "utf8");
    const packed = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A minimal DOCX: one paragraph per line, bold runs for lines marked with a leading "#". */
function docx(paragraphs: string[]): Buffer {
  const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const body = paragraphs
    .map((p) => (p.startsWith("#") ? `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${xmlEscape(p.slice(1))}</w:t></w:r></w:p>` : `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`))
    .join("");
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

const janeDoe = [
  "Jane Doe",
  "Senior Backend Engineer",
  "jane.doe@example.com | +44 20 7946 0958 | London, UK",
  "",
  "SUMMARY",
  "Backend engineer with 8 years of experience building payment systems.",
  "SKILLS",
  "Python, Django, PostgreSQL, Docker, Kubernetes, AWS",
  "EXPERIENCE",
  "Senior Backend Engineer, Monzo - London",
  "Jan 2020 - Present",
  "- Led the migration of the ledger to PostgreSQL 15",
  "Software Engineer, Sky",
  "Sep 2016 - Dec 2019",
  "- Built REST APIs in Python and Django",
  "EDUCATION",
  "BSc Computer Science, University of Manchester, 2016",
  "LANGUAGES",
  "English (native), French (B2)",
];

const twoColumnLeft = ["MARCO ROSSI", "Data Engineer", "marco.rossi@example.it", "+39 02 1234 5678", "Milan, Italy", "", "SKILLS", "Scala", "Apache Spark", "Kafka", "SQL"];
const twoColumnRight = ["", "", "WORK EXPERIENCE", "Data Engineer, Bending Spoons", "03/2019 - 05/2023", "Built streaming pipelines", "Junior Developer, Accenture", "2016-2019", "", "EDUCATION", "MSc Computer Engineering, Politecnico di Milano, 2016"];

function twoColumns(): PdfText[] {
  // Row by row, left cell then right cell, the way many templates lay out a table: extraction interleaves the columns.
  const runs: PdfText[] = [];
  for (let i = 0; i < Math.max(twoColumnLeft.length, twoColumnRight.length); i++) {
    const y = 740 - i * 16;
    if (twoColumnLeft[i]) runs.push({ x: 50, y, text: twoColumnLeft[i] });
    if (twoColumnRight[i]) runs.push({ x: 300, y, text: twoColumnRight[i] });
  }
  return runs;
}

const annaIvanova = [
  "#Анна Иванова",
  "Frontend-разработчик",
  "anna.ivanova@example.ru • +7 916 123-45-67 • Москва",
  "#Опыт работы",
  "Frontend-разработчик, Яндекс",
  "Март 2019 — по настоящее время",
  "Разработка интерфейсов на React и TypeScript",
  "Веб-разработчик, Лаборатория Касперского",
  "Сентябрь 2016 — Февраль 2019",
  "#Навыки",
  "JavaScript, TypeScript, React, Redux, HTML, CSS",
  "#Образование",
  "Бакалавр, Прикладная математика, МГУ им. М. В. Ломоносова, 2016",
  "#Языки",
  "Русский — родной, Английский — B2",
];

const michaelChen = [
  "#Michael Chen",
  "Product Designer",
  "San Francisco, CA • michael.chen@example.com • (415) 555-0134",
  "#Professional Experience",
  "Lead Product Designer — Airbnb",
  "May 2019 to Current",
  "Owned the design system used by 40 teams; expert in Figma.",
  "Product Designer — Dropbox",
  "June 2015 – April 2019",
  "#Skills",
  "Figma (expert), Sketch, Prototyping, User Research, HTML, CSS",
  "#Education",
  "BFA in Interaction Design, California College of the Arts, 2015",
];

mkdirSync(dir, { recursive: true });
const write = (name: string, data: Buffer | string) => writeFileSync(join(dir, name), data);

write("jane-doe.pdf", pdf(lines(janeDoe)));
write("marco-rossi-two-column.pdf", pdf(twoColumns()));
write("anna-ivanova.docx", docx(annaIvanova));
write("michael-chen.docx", docx(michaelChen));
write("jane-doe.txt", janeDoe.join("\n") + "\n");
// A page that is only a picture: what a scanner produces.
write("scanned-image-only.pdf", pdf([], { image: true }));
// Standard security handler with an owner and user password we do not know: opening needs one.
write(
  "encrypted.pdf",
  pdf(lines(["Secret resume"]), {
    trailer: `/Encrypt 6 0 R /ID [<${"ab".repeat(16)}> <${"ab".repeat(16)}>]`,
    extraObjects: [`<< /Filter /Standard /V 1 /R 2 /O <${"11".repeat(32)}> /U <${"22".repeat(32)}> /P -44 >>`],
  }),
);
// A PNG renamed to .pdf.
write("photo-named.pdf", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]));
// Plain text renamed to .pdf.
write("text-named.pdf", janeDoe.join("\n"));
// A PDF header followed by garbage.
write("corrupt.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256))]));
// A DOCX whose document part is not XML.
write("corrupt.docx", zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "this is not xml <w:body" }));
console.log(`resume fixtures written to ${dir}`);
