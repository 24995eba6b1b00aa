// Derives lib/skills/taxonomy.json and lib/skills/titles.json from O*NET 29.2 and ESCO 1.2
// (see lib/skills/README.md). Deterministic: the same datasets always give the same bytes.
// Usage: npx tsx scripts/build-taxonomy.ts [datasetsDir]   (default ../shared/datasets)
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { curatedSkills } from "../lib/skills/curated-skills";
import { contextOnlyForms, curatedFamilies, excludedTechnologies, languageAliases, vendorPrefixes } from "../lib/skills/curated-groups";
import { titleKey } from "../lib/skills/title-text";
import { tokenize } from "../lib/skills/tokenize";
import { proseVocabulary, readCsv, readTsv } from "./taxonomy/read";

const datasets = resolve(process.argv[2] ?? "../shared/datasets");
const outDir = resolve(import.meta.dirname, "../lib/skills");

interface Draft {
  name: string;
  lower: Set<string>;
  exact: Set<string>;
  occupations: Set<string>;
  commodities: Set<string>;
}

const technologyRows = readTsv(datasets, "Technology Skills.txt");
const occupationRows = readTsv(datasets, "Occupation Data.txt");
const digitalSkills = readCsv(datasets, "digitalSkillsCollection_en.csv");
const languageRows = readCsv(datasets, "languageSkillsCollection_en.csv");

const prose = proseVocabulary([
  ...occupationRows.map((row) => row.Description),
  ...digitalSkills.map((row) => row.description),
  ...readCsv(datasets, "transversalSkillsCollection_en.csv").map((row) => row.description),
]);
const contextForms = new Set(contextOnlyForms);
const drafts: Draft[] = [];
const byAlias = new Map<string, Draft>();

const aliasKey = (alias: string) => tokenize(alias.toLowerCase()).join(" ");

function claim(draft: Draft, alias: string): boolean {
  const key = aliasKey(alias);
  if (!key || alias.includes("|")) return false;
  const owner = byAlias.get(key);
  if (owner && owner !== draft) return false;
  byAlias.set(key, draft);
  return true;
}

/** An alias that is one everyday word is kept only in its exact spellings, which then need context. */
function addAlias(draft: Draft, alias: string, trusted: boolean) {
  const spelled = alias.trim();
  if (!spelled || draft.lower.has(spelled.toLowerCase()) || !claim(draft, spelled)) return;
  const key = aliasKey(spelled);
  const oneWord = !key.includes(" ");
  const everyday = oneWord && (contextForms.has(key) || key.length < 2 || (!trusted && prose.has(key)));
  if (!everyday) {
    draft.lower.add(spelled.toLowerCase());
    return;
  }
  contextForms.add(key);
  const title = key.charAt(0).toUpperCase() + key.slice(1);
  for (const form of [spelled, title, key.toUpperCase()]) if (form !== key) draft.exact.add(form);
}

function newDraft(name: string): Draft {
  const draft: Draft = { name, lower: new Set(), exact: new Set(), occupations: new Set(), commodities: new Set() };
  drafts.push(draft);
  return draft;
}

for (const [name, aliases = "", exactAliases = ""] of curatedSkills) {
  const draft = newDraft(name);
  const exact = exactAliases.split("|").filter(Boolean);
  if (exact.length === 0) addAlias(draft, name, true);
  else claim(draft, name);
  for (const alias of aliases.split("|").filter(Boolean)) addAlias(draft, alias, true);
  for (const alias of exact) {
    if (claim(draft, alias)) draft.exact.add(alias);
    contextForms.add(aliasKey(alias));
  }
}

const excluded = new Set(excludedTechnologies);
const genericTail = /\s+(?:software|systems?|databases?|tools|programs|applications|suite|platforms?)$/i;

/** The names a dataset product goes by: "Amazon Simple Storage Service S3" is also "S3". */
function formsOf(raw: string) {
  const parenthesised = raw.match(/\(([A-Z][A-Za-z0-9.+#-]{1,9})\)/)?.[1];
  const clean = raw.replace(/\s*\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
  const core = clean.replace(genericTail, "");
  const generic = core !== clean || /^[A-Za-z][a-z]*(?: [a-z]+)+$/.test(core);
  const words = core.split(" ");
  const last = words.at(-1) ?? "";
  let acronym = parenthesised;
  let long: string | undefined;
  if (words.length >= 3 && /^[A-Z][A-Z0-9]+$/.test(last)) {
    const initials = words.slice(0, -1).map((word) => word[0].toUpperCase()).join("");
    const letters = last.replace(/[^A-Z]/g, "");
    let at = 0;
    for (const ch of initials) if (ch === letters[at]) at++;
    if (at === letters.length) {
      acronym ??= last;
      long = words.slice(0, -1).join(" ");
    }
  }
  const vendor = vendorPrefixes.find((prefix) => core.startsWith(`${prefix} `) && core.length > prefix.length + 1);
  const stripped = vendor ? core.slice(vendor.length + 1) : undefined;
  return { core, generic, acronym, long, stripped };
}

function findDraft(forms: (string | undefined)[]): Draft | undefined {
  for (const form of forms) {
    const found = form ? byAlias.get(aliasKey(form)) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Adds one dataset product, merged into the skill any of its names already means. */
function addProduct(raw: string): Draft | undefined {
  const { core, generic, acronym, long, stripped } = formsOf(raw);
  if (excluded.has(core) || (acronym && excluded.has(acronym))) return undefined;
  let draft = findDraft([generic ? undefined : core, stripped, long, acronym]);
  if (!draft) {
    if (generic && !acronym) return undefined;
    draft = newDraft(generic ? acronym! : long && acronym ? `${long} (${acronym})` : core);
  }
  if (!generic) addAlias(draft, core, false);
  if (long) addAlias(draft, long, false);
  if (acronym) addAlias(draft, acronym, false);
  if (stripped && (stripped.includes(" ") || !prose.has(stripped.toLowerCase()))) addAlias(draft, stripped, false);
  return draft;
}

const technologies = new Map<string, { rows: Record<string, string>[]; hot: boolean }>();
for (const row of technologyRows) {
  const entry = technologies.get(row.Example) ?? { rows: [], hot: false };
  entry.rows.push(row);
  entry.hot ||= row["Hot Technology"] === "Y" || row["In Demand"] === "Y";
  technologies.set(row.Example, entry);
}
// Hot, in demand, or used by several occupations: the rest are niche products that misfire.
for (const [example, { rows, hot }] of [...technologies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const occupations = new Set(rows.map((row) => row["O*NET-SOC Code"]));
  if (excluded.has(example) || (!hot && occupations.size < 5)) continue;
  const draft = addProduct(example);
  if (!draft) continue;
  for (const code of occupations) draft.occupations.add(code);
  for (const row of rows) draft.commodities.add(row["Commodity Code"]);
}

const escoDrafts = new Map<string, Draft>();
for (const row of [...digitalSkills].sort((a, b) => (a.conceptUri < b.conceptUri ? -1 : 1))) {
  // Products and languages start with a capital; lower-case labels are activities ("manage ICT data").
  if (!/^[A-Z0-9]/.test(row.preferredLabel) || /^[A-Z]+ [a-z]/.test(row.preferredLabel)) continue;
  const draft = addProduct(row.preferredLabel.trim());
  if (!draft) continue;
  escoDrafts.set(row.conceptUri, draft);
  for (const alt of row.altLabels.split(/\n|\s\|\s/)) {
    const label = alt.replace(/\s*\([^)]*\)/g, "").trim();
    if (label && label.split(" ").length <= 4 && /[A-Z0-9]/.test(label)) addAlias(draft, label, false);
  }
}

const compareText = (a: string, b: string) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
drafts.sort((a, b) => compareText(a.name, b.name));
const idOf = new Map(drafts.map((draft, i) => [draft, i + 1]));
const draftByName = new Map(drafts.map((draft) => [draft.name, draft]));

/** Related skills, strongest first: curated families, then O*NET commodity peers, then ESCO relations. */
function relatedIds(): number[][] {
  const scores = drafts.map(() => new Map<Draft, number>());
  const raise = (a: Draft, b: Draft, score: number) => {
    if (a === b) return;
    const map = scores[idOf.get(a)! - 1];
    if ((map.get(b) ?? 0) < score) map.set(b, score);
  };
  for (const family of curatedFamilies) {
    const members = family.map((name) => draftByName.get(name)).filter((draft): draft is Draft => Boolean(draft));
    for (const a of members) members.forEach((b, position) => raise(a, b, 1 - position * 0.01));
  }
  const byCommodity = new Map<string, Draft[]>();
  for (const draft of drafts) for (const code of draft.commodities) byCommodity.set(code, [...(byCommodity.get(code) ?? []), draft]);
  for (const members of byCommodity.values()) {
    // A broad commodity ("object oriented development software") groups everything a developer touches.
    if (members.length > 25) continue;
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        let shared = 0;
        for (const code of a.occupations) if (b.occupations.has(code)) shared++;
        const jaccard = shared / (a.occupations.size + b.occupations.size - shared || 1);
        // Tools used by the same occupations are related; a tool everyone uses is close to nothing.
        if (jaccard >= 0.3 && shared >= 2) raise(a, b, 0.3 + 0.5 * jaccard);
      }
    }
  }
  const relations = readCsv(datasets, "skillSkillRelations_en.csv");
  const degree = new Map<Draft, number>();
  const pairs: [Draft, Draft, number][] = [];
  for (const row of relations) {
    const a = escoDrafts.get(row.originalSkillUri);
    const b = escoDrafts.get(row.relatedSkillUri);
    if (!a || !b) continue;
    pairs.push([a, b, row.relationType === "essential" ? 0.35 : 0.3]);
    for (const end of [a, b]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  for (const [a, b, score] of pairs) {
    if ((degree.get(a) ?? 0) > 12 || (degree.get(b) ?? 0) > 12) continue;
    raise(a, b, score);
    raise(b, a, score);
  }
  return scores.map((map) =>
    [...map]
      .sort(([a, x], [b, y]) => y - x || compareText(a.name, b.name))
      .slice(0, 6)
      .map(([draft]) => idOf.get(draft)!),
  );
}

function languages(): [string, string][] {
  const names = new Set<string>(Object.keys(languageAliases));
  for (const row of languageRows) {
    const name = row.broaderConceptPT.trim();
    if (/^[A-Z][a-z]+$/.test(name) && !["Latin", "Berber", "Bihari", "Romani"].includes(name)) names.add(name);
  }
  return [...names].sort(compareText).map((name) => [name, (languageAliases[name] ?? []).join("|")]);
}

function titles() {
  const occupations = occupationRows.map((row) => [row["O*NET-SOC Code"], row.Title] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const indexOf = new Map(occupations.map(([code], i) => [code, i]));
  const owner = new Map<string, number>();
  const add = (code: string, title: string) => {
    const key = titleKey(title);
    const index = indexOf.get(code);
    if (key && index !== undefined && !owner.has(key)) owner.set(key, index);
  };
  for (const [code, title] of occupations) add(code, title);
  for (const row of readTsv(datasets, "Sample of Reported Titles.txt")) add(row["O*NET-SOC Code"], row["Reported Job Title"]);
  for (const row of readTsv(datasets, "Alternate Titles.txt")) {
    add(row["O*NET-SOC Code"], row["Alternate Title"]);
    if (row["Short Title"] !== "n/a") add(row["O*NET-SOC Code"], row["Short Title"]);
  }
  const keys = occupations.map(() => [] as string[]);
  for (const [key, index] of [...owner].sort(([a], [b]) => (a < b ? -1 : 1))) keys[index].push(key);
  const tierRank: Record<string, number> = { "Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2 };
  const related = occupations.map(() => [] as [number, number, number][]);
  for (const row of readTsv(datasets, "Related Occupations.txt")) {
    const from = indexOf.get(row["O*NET-SOC Code"]);
    const to = indexOf.get(row["Related O*NET-SOC Code"]);
    if (from === undefined || to === undefined) continue;
    related[from].push([tierRank[row["Relatedness Tier"]] ?? 3, Number(row.Index), to]);
  }
  return {
    occupations: occupations.map(([code, title], i) => [
      code,
      title,
      related[i].sort((a, b) => a[0] - b[0] || a[1] - b[1]).slice(0, 10).map(([, , to]) => to),
    ]),
    titles: keys.map((list) => list.join("|")),
  };
}

/** One array element per line: small diffs when the data moves. */
function stringify(data: Record<string, unknown>): string {
  const parts = Object.entries(data).map(([key, value]) =>
    Array.isArray(value) ? `${JSON.stringify(key)}: [\n${value.map((item) => JSON.stringify(item)).join(",\n")}\n]` : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{\n${parts.join(",\n")}\n}\n`;
}

const sources = "O*NET 29.2 (USDOL/ETA, CC BY 4.0); ESCO 1.2 (ESCO, European Commission)";
const related = relatedIds();
const usedForms = new Set(drafts.flatMap((draft) => [...draft.exact].map(aliasKey)).filter((key) => contextForms.has(key)));
writeFileSync(
  join(outDir, "taxonomy.json"),
  stringify({
    sources,
    contextForms: [...usedForms].sort(),
    skills: drafts.map((draft) => [draft.name, [...draft.lower].sort().join("|"), [...draft.exact].sort().join("|")]),
    related,
    languages: languages(),
  }),
);
writeFileSync(join(outDir, "titles.json"), stringify({ sources, ...titles() }));
console.log(JSON.stringify({ skills: drafts.length, contextForms: usedForms.size, relatedPairs: related.flat().length }));
