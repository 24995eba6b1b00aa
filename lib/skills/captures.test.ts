import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/etl/normalize";
import { findSkillMentions, recognizeSkills, skillName } from "./index";
import { taxonomyData } from "./data";

// Real postings captured from the sources (tests/fixtures/source-samples), checked by hand.
const samples = join(process.cwd(), "tests/fixtures/source-samples");
const read = (file: string) => JSON.parse(readFileSync(join(samples, file), "utf8"));

const adzuna: { title: string; description: string }[] = read("adzuna/search_gb_it_50results_2025-08.json").results;
const jsearch: { job_title: string; job_description: string }[] = read("jsearch/search_developer_chicago_2025-08.json").data;
const hhItems: { name: string; description?: string; snippet?: { requirement?: string; responsibility?: string } }[] =
  read("hh/vacancies_items_2024-07_with_duplicates.json");
const hhText = (item: (typeof hhItems)[number]) =>
  cleanText(item.description ?? `${item.snippet?.requirement ?? ""} ${item.snippet?.responsibility ?? ""}`);

const byTitle = <T,>(list: T[], title: (item: T) => string, wanted: string) => {
  const found = list.find((item) => title(item) === wanted);
  if (!found) throw new Error(`no sample titled ${wanted}`);
  return found;
};

describe("recognition on real postings", () => {
  it("finds the stack of English postings and nothing else", () => {
    expect(recognizeSkills(byTitle(adzuna, (j) => j.title, "C#/GUI Developer Role").description)).toEqual(["C#", "WPF", "HTML"]);
    expect(recognizeSkills(byTitle(adzuna, (j) => j.title, "Frontend Developer").description)).toEqual(["Angular", "Node.js", "Git", "Communication"]);
    expect(recognizeSkills(byTitle(jsearch, (j) => j.job_title, "New Grad iOS Developer").job_description)).toEqual([
      "iOS", "Swift", "SwiftUI", "Networking", "Unit Testing", "Xcode", "CI/CD",
    ]);
  });

  it("finds Go in Russian lists and sentences", () => {
    expect(recognizeSkills(hhText(hhItems[0]))).toEqual(["Go", "JavaScript", "Node.js", "Python", "Java"]);
    expect(recognizeSkills(hhText(hhItems[4]))).toEqual(["Python", "Go", "MySQL"]);
  });

  it("does not take a company name for a skill", () => {
    const eon = adzuna.find((j) => j.description.includes("E.ON Next"));
    expect(eon).toBeDefined();
    expect(recognizeSkills(eon!.description)).toContain("QA");
    expect(recognizeSkills(eon!.description)).not.toContain("Next.js");
  });

  it("matches everyday-word skills only in their exact capitalised spelling", () => {
    const forms = new Set(taxonomyData.contextForms);
    const texts = [...adzuna.map((j) => j.description), ...jsearch.map((j) => j.job_description), ...hhItems.map(hhText)];
    const hits: string[] = [];
    for (const text of texts) {
      for (const mention of findSkillMentions(text)) {
        const spelled = text.slice(mention.start, mention.end);
        if (forms.has(spelled.toLowerCase())) hits.push(`${skillName(mention.id)}:${spelled}`);
      }
    }
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.filter((hit) => !/^[^:]+:\p{Lu}/u.test(hit))).toEqual([]);
  });
});
