import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateRangesIn, mergedMonths, statedExperienceYears } from "./dates";
import { parseResume, type ParsedResume } from "./parse";

// Resumes written for these tests in the layouts people use; real third-party resumes were not available offline.
const now = new Date("2026-12-01T00:00:00Z");
const parse = (name: string) => parseResume(readFileSync(join("tests/fixtures/resumes/texts", name), "utf8"), now);
const skillLevels = (p: ParsedResume) => Object.fromEntries(p.skills.map((s) => [s.name, s.level]));

describe("parseResume on realistic resumes", () => {
  it("a US senior with overlapping jobs: overlaps counted once, stated levels kept, degrees with fields", () => {
    const p = parse("us-senior-overlapping.txt");
    expect(p).toMatchObject({ firstName: "David K.", lastName: "Miller", email: "david.miller@example.com", phone: "+12065550187", location: "Seattle, WA", title: "Staff Software Engineer" });
    // Jul 2009 - Jun 2012, then Sep 2012 to now with the consulting years inside it.
    expect(p.experienceYears).toBe(17.3);
    expect(skillLevels(p)).toMatchObject({ Java: "expert", Kafka: "expert", Kubernetes: "advanced", Terraform: "advanced", Rust: "beginner", PostgreSQL: "intermediate" });
    expect(p.education).toEqual([
      { degree: "Master", field: "Computer Science", institution: "University of Washington", year: 2009 },
      { degree: "Bachelor", field: "Computer Engineering", institution: "Purdue University", year: 2007 },
    ]);
  });

  it("a student with no dated jobs: no experience invented, expected graduation year kept", () => {
    const p = parse("student-no-dates.txt");
    expect(p).toMatchObject({ firstName: "Emily", lastName: "Johnson", phone: "+14165550199", location: "Toronto, Canada", title: "Computer Science Student", experienceYears: null });
    expect(p.education).toEqual([{ degree: "Bachelor", field: "Computer Science", institution: "University of Toronto", year: 2027 }]);
    expect(p.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Python", "JavaScript", "React", "Node.js", "Git", "Linux"]));
  });

  it("a Russian resume: surname first with patronymic, Russian months and «по настоящее время», languages with levels", () => {
    const p = parse("ru-petrov.txt");
    expect(p).toMatchObject({ firstName: "Иван", lastName: "Петров", email: "ivan.petrov@example.ru", phone: "+79215551234", location: "Санкт-Петербург", title: "Backend-разработчик (Python)" });
    // Jul 2017 - Dec 2020 and Jan 2021 - now are one stretch.
    expect(p.experienceYears).toBe(9.5);
    expect(p.education).toEqual([{ degree: "Master", field: "Прикладная математика и информатика", institution: "СПбГУ", year: 2017 }]);
    expect(p.languages).toEqual([
      { name: "Russian", level: "native" },
      { name: "English", level: "B2" },
    ]);
    expect(p.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Python", "FastAPI", "PostgreSQL", "Redis", "Docker", "Kubernetes", "Django"]));
  });

  it("a HeadHunter export: «Surname Name», the desired position as title, «Опыт работы —6 лет» as a heading", () => {
    const p = parse("ru-hh-export.txt");
    expect(p).toMatchObject({ firstName: "Ольга", lastName: "Смирнова", email: "olga.smirnova@example.ru", phone: "+79857654321", location: "Казань", title: "Аналитик данных" });
    // Oct 2020 - Feb 2022 and Mar 2022 - now; the "4 года 10 месяцев" durations are not ranges.
    expect(p.experienceYears).toBe(6.3);
    expect(p.education).toEqual([{ degree: "Higher education", field: "Прикладная информатика", institution: "Казанский федеральный университет", year: 2018 }]);
    expect(p.languages).toEqual([
      { name: "Russian", level: "native" },
      { name: "English", level: "B2" },
    ]);
    expect(p.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["SQL", "Python", "Pandas", "Tableau", "PostgreSQL"]));
  });

  it("«Name — Title» on the first line, MM/YYYY dates in parentheses, CEFR and word levels for languages", () => {
    const p = parse("name-dash-title.txt");
    expect(p).toMatchObject({ firstName: "Priya", lastName: "Sharma", title: "Data Scientist", location: "Bengaluru, India", phone: "+919876543210" });
    expect(p.experienceYears).toBe(10.6);
    expect(p.languages).toEqual([
      { name: "English", level: "C1" },
      { name: "Hindi", level: "native" },
      { name: "German", level: "basic" },
    ]);
    expect(p.education[0]).toEqual({ degree: "Bachelor", field: "Electronics", institution: "Indian Institute of Technology Madras", year: 2016 });
  });

  it("a two-column layout whose extraction interleaves the columns", () => {
    const p = parse("two-column-interleaved.txt");
    expect(p).toMatchObject({ firstName: "Sofia", lastName: "Garcia", title: "UX/UI Designer", email: "sofia.garcia@example.es", phone: "+34612345678", location: "Madrid, Spain" });
    // "May 2019 to Current" and "2015-2019" sit beside other column's headings.
    expect(p.experienceYears).toBe(11.5);
    expect(p.skills.map((s) => s.name)).toEqual(expect.arrayContaining(["Figma", "Adobe Illustrator", "User Research", "Prototyping"]));
    expect(p.education).toEqual([{ degree: "Bachelor", field: "Fine Arts", institution: "Universidad Complutense de Madrid", year: 2015 }]);
  });

  it("no dated positions: years from «seven years' experience»", () => {
    const p = parse("stated-years-only.txt");
    expect(p).toMatchObject({ firstName: "Thomas", lastName: "Becker", title: "Financial Accountant", location: "Munich, Germany", phone: "+49891234567", experienceYears: 7 });
    expect(skillLevels(p)).toMatchObject({ Excel: "advanced" });
    expect(p.languages).toEqual([
      { name: "German", level: "native" },
      { name: "English", level: "fluent" },
    ]);
  });

  it("a skills table gives each skill the level in its row; a UK national number is normalised", () => {
    const p = parse("uk-skill-table.txt");
    expect(p).toMatchObject({ firstName: "Oliver", lastName: "Brown", phone: "+447911123456", location: "Manchester, UK", experienceYears: 10.3 });
    expect(skillLevels(p)).toMatchObject({ AWS: "expert", Terraform: "advanced", Python: "intermediate", Ansible: "beginner" });
  });

  it("a non-technical resume: the city is not a skill, the credential after the name is not part of it", () => {
    const p = parse("nurse-no-tech.txt");
    expect(p).toMatchObject({ firstName: "Maria", lastName: "Lopez", location: "Phoenix, AZ", phone: "+16025550143", title: "Registered Nurse" });
    expect(p.skills.map((s) => s.name)).not.toContain("Phoenix");
    expect(p.education[0]).toMatchObject({ degree: "Bachelor", field: "Nursing", institution: "Arizona State University" });
  });

  it("«CURRICULUM VITAE» first and labelled fields: the heading is not a name, «2021 - now» dates a job", () => {
    const p = parse("cv-heading-first.txt");
    expect(p).toMatchObject({ firstName: "Lukas", lastName: "Novak", email: "lukas.novak@example.cz", phone: "+420601234567", location: "Prague, Czech Republic", title: "Frontend Developer" });
    expect(p.experienceYears).toBe(7.5);
    expect(p.summary).toBe("Frontend developer looking for a remote role.");
    expect(p.education[0]).toMatchObject({ degree: "Bachelor", field: "Software Engineering", institution: "Czech Technical University in Prague" });
  });

  it("ISO dates; a research job at a university still counts, the PhD's year does not", () => {
    const p = parse("iso-dates-and-gaps.txt");
    expect(p).toMatchObject({ firstName: "Chen", lastName: "Wei", location: "Singapore", phone: null, title: "Machine Learning Engineer", experienceYears: 3.9 });
    expect(p.education[0]).toMatchObject({ degree: "PhD", institution: "National University of Singapore", year: 2021 });
  });

  it("a LiveCareer-style resume: the title alone in capitals, no contact details, «Highlights», a school named after a city", () => {
    const p = parse("livecareer-style.txt");
    expect(p).toMatchObject({ firstName: null, lastName: null, email: null, phone: null, title: "Accountant", experienceYears: 14.9 });
    expect(p.summary).toBe("Financial accountant specializing in financial planning, reporting and analysis.");
    // "Advanced Excel" alone on a Highlights line: in a skills list a bare everyday word is a skill.
    expect(skillLevels(p)).toMatchObject({ Excel: "advanced" });
    expect(p.skills.map((s) => s.name)).not.toContain("Phoenix");
    expect(p.education).toEqual([{ degree: "Bachelor", field: "Accounting", institution: "University of Phoenix City", year: 2011 }]);
  });

  it("an Indeed-style resume: the employer cut from the headline, years per skill as levels", () => {
    const p = parse("indeed-style.txt");
    expect(p).toMatchObject({ firstName: "Marcus", lastName: "Williams", title: "Software Engineer", location: "Austin, TX", email: null });
    // Jun 2014 - Feb 2017 and Mar 2017 - now; the 2010-2014 degree does not count.
    expect(p.experienceYears).toBe(12.6);
    expect(skillLevels(p)).toMatchObject({ Java: "advanced", Python: "intermediate", SQL: "expert" });
    expect(p.skills.find((s) => s.name.startsWith("Spring"))?.level).toBe("beginner");
    expect(p.education).toEqual([{ degree: "Bachelor", field: "Computer Science", institution: "University of Texas", year: 2014 }]);
  });

  it("an employer named like a product is not a skill; titles, stacks and the work described still are", () => {
    const text = [
      "Michael Chen",
      "Product Designer",
      "Experience",
      "Product Designer — Dropbox, Inc.",
      "June 2015 – April 2019",
      "Tableau | Senior Engineer | 2012 – 2015",
      "HubSpot",
      "Marketing Manager",
      "Jan 2010 - Mar 2012",
      "Backend Developer | Python | Django | 2008 - 2010",
      "Tech lead for Kafka, Spark and Flink migration",
      "Java Developer — Acme (Terraform, Ansible)",
      "• Moved file storage from Salesforce to S3",
      "Skills",
      "Figma (expert), Sketch",
    ].join("\n");
    const names = parseResume(text, now).skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Python", "Django", "Kafka", "Spark", "Flink", "Java", "Terraform", "Ansible", "Salesforce", "Figma", "Sketch"]));
    for (const employer of ["Dropbox", "Tableau", "HubSpot"]) expect(names).not.toContain(employer);
  });

  it("a place at the end of the headline is the location, not part of the title", () => {
    const at = (text: string) => parseResume(text, now);
    expect(at("Tom Lee\nSoftware Engineer, Paris, France\ntom@example.com")).toMatchObject({ title: "Software Engineer", location: "Paris, France" });
    expect(at("Jan Novak\nData Scientist | Berlin\njan@example.com")).toMatchObject({ title: "Data Scientist", location: "Berlin" });
    // Further down, after the e-mail: still the place, and the title comes from the latest position.
    const below = at("Jane Doe\njane@example.com\nSenior Python developer, London\nExperience\nData Engineer, Foo Ltd, 2018 - present");
    expect(below).toMatchObject({ title: "Data Engineer", location: "London" });
    // An employer after the title is not a place.
    expect(at("Anna Smith\nMarketing Manager, Procter & Gamble\nanna@example.com")).toMatchObject({ location: null });
  });

  it("a note with nothing to find gives nulls and empty lists, not guesses", () => {
    expect(parse("minimal-no-contact.txt")).toEqual({
      firstName: null,
      lastName: null,
      email: null,
      phone: null,
      location: null,
      title: null,
      summary: null,
      skills: [],
      experienceYears: null,
      education: [],
      languages: [],
    });
  });
});

describe("names", () => {
  it("keeps particles and capitals inside names, and refuses headings and titles", async () => {
    const { nameFrom } = await import("./contact");
    expect(nameFrom("Ludwig van Beethoven")).toEqual({ firstName: "Ludwig van", lastName: "Beethoven" });
    expect(nameFrom("Siobhan O'Neil")).toEqual({ firstName: "Siobhan", lastName: "O'Neil" });
    expect(nameFrom("ANNA-MARIA MCDONALD")).toEqual({ firstName: "Anna-Maria", lastName: "Mcdonald" });
    expect(nameFrom("Иван Петров")).toEqual({ firstName: "Иван", lastName: "Петров" });
    expect(nameFrom("CURRICULUM VITAE")).toBeNull();
    expect(nameFrom("Senior Software Engineer")).toBeNull();
    expect(nameFrom("Work Experience")).toBeNull();
  });
});

describe("dates", () => {
  const months = (line: string) => dateRangesIn(line, now).map((r) => r.end - r.start + 1);
  it("reads the ways people write a position's dates", () => {
    expect(months("Jan 2018 – Present")).toEqual([108]);
    expect(months("03/2016 - 05/2020")).toEqual([51]);
    expect(months("2015-2019")).toEqual([48]);
    expect(months("May 2019 to Current")).toEqual([92]);
    expect(months("Sept. 2012 - Apr 2014")).toEqual([20]);
    expect(months("Сентябрь 2016 — Февраль 2019")).toEqual([30]);
    expect(months("с 2019 по н.в.")).toEqual([90]);
    expect(months("2022-01 – 2024-06")).toEqual([30]);
    expect(months("01.2018 - 03.2020")).toEqual([27]);
    expect(months("Product Manager since March 2024")).toEqual([34]);
    expect(months("Работаю в компании с марта 2024 г.")).toEqual([34]);
  });
  it("ignores what is not a range: a lone year, a phone number, a future start", () => {
    expect(months("Graduated 2016")).toEqual([]);
    expect(months("+44 20 7946 0958")).toEqual([]);
    expect(months("Jan 2030 - Present")).toEqual([]);
  });
  it("counts overlapping months once", () => {
    expect(mergedMonths([{ start: 0, end: 11 }, { start: 6, end: 17 }, { start: 30, end: 35 }])).toBe(24);
  });
  it("reads stated years in English and Russian", () => {
    expect(statedExperienceYears("Over 10 years of professional experience in retail")).toBe(10);
    expect(statedExperienceYears("5+ years experience with B2B sales")).toBe(5);
    expect(statedExperienceYears("Опыт работы более 6 лет в продажах")).toBe(6);
    expect(statedExperienceYears("Worked with Python for 3 years")).toBeNull();
  });
});

describe("hostile text", () => {
  it("parses pathological inputs in linear time: no regex or recursion blows up", () => {
    const inputs = ["1".repeat(1_000_000) + " years of experience", "a.".repeat(500_000), "EXPERIENCE ".repeat(50_000), "2019 - ".repeat(50_000), "Jane | ".repeat(50_000), "x@".repeat(200_000)];
    for (const text of inputs) {
      const started = Date.now();
      const parsed = parseResume(text, now);
      // Seconds, not minutes: before the e-mail pattern was bounded, a run of 100,000 digits took over a minute.
      expect(Date.now() - started, text.slice(0, 20)).toBeLessThan(5_000);
      expect(parsed.firstName).toBeNull();
    }
  }, 60_000);
});
