import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { normaliseCompanyName } from "@/lib/companies/normalise";
import { markDemoDataSeeded } from "@/lib/demo/flag";
import type { Db } from "./client";
import { candidates, companies, jobs, jobSources, users } from "./schema";
import { demoCandidates, demoCompanies, demoLocations, demoPassword, demoRoles, demoSources, demoUsers } from "./seed-data";
import { splitFullName } from "@/lib/candidates/names";

/** A stable UUID for a seed record, so seeding twice changes nothing. */
function seedId(key: string): string {
  const h = createHash("sha1").update(`hireflow-seed:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const day = 24 * 60 * 60 * 1000;

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
      demoCandidates.map(([fullName, headline, skills, years, location, countryCode]) => ({
        id: seedId(`candidate:${fullName}`),
        fullName,
        ...splitFullName(fullName),
        headline,
        skills: [...skills],
        yearsExperience: years,
        location,
        countryCode,
        email: `${fullName.toLowerCase().normalize("NFD").replace(/[^a-z ]/g, "").replace(/ /g, ".")}@candidates.example`,
      })),
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
