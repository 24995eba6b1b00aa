// Which skills give transferable credit for another: the taxonomy's related skills (lib/skills),
// then a few well-known families it may not list.
import { relatedSkills } from "@/lib/skills";

/** Skills related to `name`, strongest first, never including `name` itself. */
export type RelatedSkills = (name: string) => readonly string[];

const fallbackFamilies: readonly (readonly string[])[] = [
  ["React", "Vue.js", "Angular", "Svelte"],
  ["JavaScript", "TypeScript"],
  ["Node.js", "Express", "NestJS"],
  ["Java", "Kotlin", "Scala", "C#"],
  ["C#", ".NET", "Java"],
  ["Python", "Ruby", "PHP"],
  ["Django", "Flask", "FastAPI"],
  ["Go", "Rust", "C++", "Java"],
  ["C", "C++", "Rust"],
  ["PostgreSQL", "MySQL", "Microsoft SQL Server", "Oracle Database", "MariaDB", "SQLite"],
  ["MongoDB", "Cassandra", "DynamoDB"],
  ["Kafka", "RabbitMQ"],
  ["AWS", "Google Cloud", "Azure"],
  ["Docker", "Kubernetes"],
  ["Terraform", "Pulumi", "CloudFormation"],
  ["Ansible", "Chef", "Puppet"],
  ["Jenkins", "GitHub Actions", "GitLab CI"],
  ["Tableau", "Power BI", "Looker"],
  ["Swift", "Objective-C"],
  ["React Native", "Flutter"],
];

function buildFallback(): Map<string, string[]> {
  const related = new Map<string, string[]>();
  for (const family of fallbackFamilies) {
    for (const member of family) {
      const key = member.toLowerCase();
      const list = related.get(key) ?? [];
      for (const other of family) if (other !== member && !list.includes(other)) list.push(other);
      related.set(key, list);
    }
  }
  return related;
}

let fallback: Map<string, string[]> | undefined;

/** The built-in families: a few dozen well-known neighbours, strongest first. */
export const fallbackRelatedSkills: RelatedSkills = (name) => {
  fallback ??= buildFallback();
  return fallback.get(name.toLowerCase()) ?? [];
};

const combined = new Map<string, readonly string[]>();

/** What matching uses everywhere (scorer default, engine, API): taxonomy first, then the families. */
export const relatedSkillsForMatching: RelatedSkills = (name) => {
  let list = combined.get(name);
  if (!list) {
    list = [...new Set([...relatedSkills(name), ...fallbackRelatedSkills(name)])].filter((other) => other !== name);
    combined.set(name, list);
  }
  return list;
};
