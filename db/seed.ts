import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { normaliseCompanyName } from "@/lib/companies/normalise";
import { markDemoDataSeeded } from "@/lib/demo/flag";
import type { Db } from "./client";
import { candidates, companies, jobs, jobSources, users } from "./schema";
import { demoCandidates, demoCompanies, demoLocations, demoPassword, demoRoles, demoSources, demoUsers } from "./seed-data";
import { splitFullName } from "@/lib/candidates/names";
import { standardiseLocation } from "@/lib/etl/normalize";
import { rescoreMatches } from "@/lib/matching/refresh";
import type { SkillLevel } from "@/lib/skills/levels";

/** A stable UUID for a seed record, so seeding twice changes nothing. */
function seedId(key: string): string {
  const h = createHash("sha1").update(`hireflow-seed:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const day = 24 * 60 * 60 * 1000;

const demoSeekerEmail = "seeker@example.com";

function demoSkillLevel(years: number): SkillLevel {
  return years >= 7 ? "expert" : years >= 4 ? "advanced" : years >= 1 ? "intermediate" : "beginner";
}

/** Inserts the demo users, companies, jobs and candidates that are missing. Idempotent. */
export async function seedDemoData(db: Db, now = new Date()) {
  const passwordHash = await hashPassword(demoPassword);
  await db
    .insert(users)
    .values(demoUsers.map((u) => ({ ...u, passwordHash })))
    .onConflictDoNothing({ target: users.email });

  const companyRows = demoCompanies.map((c) => ({
    id: seedId(`company:${c.name}`),
    name: c.name,
    normalizedName: normaliseCompanyName(c.name),
    website: c.website,
  }));
  await db.insert(companies).values(companyRows).onConflictDoNothing();

  const jobRows = demoRoles.flatMap((role, r) =>
    demoLocations.slice(0, 4 + (r % 3)).map((loc, l) => {
      const company = companyRows[(r * 3 + l) % companyRows.length];
      const annual = Math.round((role.base * loc.factor) / 1000) * 1000;
      return {
        id: seedId(`job:${r}:${l}`),
        companyId: company.id,
        title: role.title,
        description: `${company.name} is hiring a ${role.title} in ${loc.display}. You will work with ${role.skills.join(", ")} in a small, friendly team that ships every week.`,
        locationDisplay: loc.display,
        city: loc.city,
        region: loc.region,
        countryCode: loc.countryCode,
        remote: loc.remote,
        employmentType: role.internship ? ("internship" as const) : ("full_time" as const),
        level: role.level,
        internship: role.internship ?? false,
        salaryMin: annual,
        salaryMax: Math.round(annual * 1.2),
        salaryCurrency: loc.currency,
        skills: role.skills,
        applyUrl: `${company.website}/careers/${r}-${l}`,
        postedAt: new Date(now.getTime() - ((r * 7 + l * 3) % 40) * day),
        lastSeenAt: now,
      };
    }),
  );
  await db.insert(jobs).values(jobRows).onConflictDoNothing();

  await db
    .insert(candidates)
    .values(
      demoCandidates.map(([fullName, headline, skills, years, location, countryCode], i) => {
        const place = standardiseLocation({ text: location, remote: /remote/i.test(location) });
        const salaryCurrency = countryCode === "GB" ? "GBP" : countryCode === "US" ? "USD" : "EUR";
        return {
          id: seedId(`candidate:${fullName}`),
          fullName,
          ...splitFullName(fullName),
          headline,
          skills: [...skills],
          // Years with the skills set the level; the first skill listed is the strongest.
          skillLevels: Object.fromEntries(skills.map((skill, k) => [skill, demoSkillLevel(years - k)])),
          yearsExperience: years,
          location,
          city: place.city,
          region: place.region,
          countryCode: countryCode ?? place.countryCode,
          salaryExpectation: years === 0 ? null : Math.round((35_000 + years * 6_000 + (i % 3) * 2_000) / 1000) * 1000,
          salaryCurrency: years === 0 ? null : salaryCurrency,
          email: `${fullName.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".")}@candidates.example`,
        };
      }),
    )
    .onConflictDoNothing();

  await db
    .insert(jobSources)
    .values(demoSources.map((s) => ({ type: s.type, name: s.name, config: s.config as Record<string, unknown>, schedule: s.schedule })))
    .onConflictDoNothing({ target: jobSources.name });

  await markDemoDataSeeded(db);

  // Keep denormalised counts true for what the seed added.
  await db.execute(sql`
    update companies c set open_jobs_count = (select count(*) from jobs j where j.company_id = c.id and j.status = 'open')
  `);
  return { users: demoUsers.length, companies: companyRows.length, jobs: jobRows.length, candidates: demoCandidates.length, sources: demoSources.length };
}

/**
 * What the demo shows beyond the catalogue: the demo seeker's own profile, and every demo pair
 * scored now, as the matching functions would after a sync. `npm run dev` runs it after the seed.
 */
export async function seedDemoMatches(db: Db) {
  // The demo seeker owns a profile of their own, so the portal has recommended jobs from the start.
  const [seeker] = await db.select({ id: users.id }).from(users).where(eq(users.email, demoSeekerEmail));
  if (seeker) {
    await db
      .insert(candidates)
      .values({
        id: seedId("candidate:seeker"),
        userId: seeker.id,
        createdBy: seeker.id,
        fullName: "Sam Seeker",
        firstName: "Sam",
        lastName: "Seeker",
        email: demoSeekerEmail,
        headline: "Data engineer",
        skills: ["Python", "SQL", "Airflow", "Spark"],
        skillLevels: { Python: "advanced", SQL: "advanced", Airflow: "intermediate", Spark: "intermediate" },
        yearsExperience: 3,
        location: "London, UK",
        city: "London",
        region: "England",
        countryCode: "GB",
        salaryExpectation: 60_000,
        salaryCurrency: "GBP",
      })
      .onConflictDoNothing();
  }
  return rescoreMatches(db, { kind: "all" });
}
