// Which skills give transferable credit for another. The taxonomy (lib/skills relatedSkills)
// is the real source; this small fallback keeps matching useful until it is wired in.

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

/**
 * What matching uses everywhere (scorer default, engine, API). At merge, point this at the
 * taxonomy's `relatedSkills` from lib/skills: it has the same signature.
 */
export const relatedSkillsForMatching: RelatedSkills = fallbackRelatedSkills;
