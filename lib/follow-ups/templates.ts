import { z } from "zod";
import type { FollowUpStep } from "@/db/schema/follow-ups";

// Follow-up texts are templates with a handful of placeholders; rendering is pure so the
// planner, the Settings preview and the tests all agree on what a message says.

export const placeholders = ["candidate_first_name", "job_title", "company", "recruiter_name", "applied_date"] as const;
export type Placeholder = (typeof placeholders)[number];
export type TemplateValues = Record<Placeholder, string>;

const placeholderPattern = /\{([a-zA-Z0-9_]+)\}/g;

/** The placeholder names a template uses that rendering would not fill, in order of first use. */
export function unknownPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of template.matchAll(placeholderPattern)) {
    if (!(placeholders as readonly string[]).includes(name)) unknown.add(name);
  }
  return [...unknown];
}

/** Fills every known placeholder; text without one is left as written. */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(placeholderPattern, (whole, name: string) => ((placeholders as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
}

/** Stand-ins when the application does not know a value, so a message always reads as a sentence. */
export const fallbackValues: TemplateValues = {
  candidate_first_name: "there",
  job_title: "the role",
  company: "your company",
  recruiter_name: "Hiring Manager",
  applied_date: "recently",
};

/** "3 Nov 2026": the date people write in a letter, in UTC so every reader sees the same day. */
export function letterDate(date: Date): string {
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function templateValues(known: Partial<Record<Placeholder, string | null | undefined>>): TemplateValues {
  const values = { ...fallbackValues };
  for (const name of placeholders) {
    const value = known[name]?.trim();
    if (value) values[name] = value;
  }
  return values;
}

export const placeholderList = placeholders.map((p) => `{${p}}`).join(", ");

export const templateSchema = z
  .string()
  .trim()
  .min(1, "Write the message")
  .max(4000, "Keep the message under 4000 characters")
  .superRefine((template, ctx) => {
    const unknown = unknownPlaceholders(template);
    if (unknown.length) {
      ctx.addIssue({
        code: "custom",
        message: `Unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `{${u}}`).join(", ")}: use ${placeholderList}`,
      });
    }
  });

export const stepSchema = z.object({
  days: z.coerce.number({ error: "Days must be a whole number" }).int("Days must be a whole number").min(0, "Days must be 0 or more").max(365, "Days must be 365 or fewer"),
  template: templateSchema,
});

export const stepsSchema = z
  .array(stepSchema)
  .min(1, "A sequence needs at least one step")
  .max(10, "A sequence has at most 10 steps")
  .transform((steps) => [...steps].sort((a, b) => a.days - b.days));

/** The built-in sequence every workspace starts with: a check-in, a value-add note, a last close-the-loop. */
export const standardSequence: { name: string; steps: FollowUpStep[] } = {
  name: "Standard",
  steps: [
    {
      days: 3,
      template:
        "Dear {recruiter_name},\n\nI applied for the {job_title} role at {company} on {applied_date} and wanted to check that my application arrived. I'm still very interested and happy to share anything else that would help.\n\nBest regards,\n{candidate_first_name}",
    },
    {
      days: 7,
      template:
        "Dear {recruiter_name},\n\nFollowing up on my application for {job_title}: since applying I've been thinking about how I could help {company}, and I'd be glad to walk you through a recent project that is close to what the role needs. Would a short call this week or next suit you?\n\nBest regards,\n{candidate_first_name}",
    },
    {
      days: 14,
      template:
        "Dear {recruiter_name},\n\nI haven't heard back about the {job_title} role since I applied on {applied_date}, so I'll assume the position has moved on unless I hear otherwise. Thank you for considering me; I'd welcome the chance to be in touch about future roles at {company}.\n\nBest regards,\n{candidate_first_name}",
    },
  ],
};
