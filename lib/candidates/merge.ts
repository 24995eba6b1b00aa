import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { candidates, candidateSourceLinks, placements, resumes, type Candidate, type User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { candidatesChanged, emit } from "@/lib/events";
import { skillLevelRank } from "@/lib/skills/levels";
import { detectDuplicates } from "./duplicates";

const longer = (a: string | null, b: string | null) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a);

function unionBy<T>(a: T[], b: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** The richer value of each field: the survivor's unless the other has one it lacks (or a longer text, more skills). */
export function mergedProfile(survivor: Candidate, other: Candidate) {
  const skillLevels = { ...other.skillLevels };
  for (const [name, level] of Object.entries(survivor.skillLevels)) {
    const theirs = skillLevels[name];
    if (!theirs || skillLevelRank(level) >= skillLevelRank(theirs)) skillLevels[name] = level;
  }
  const useOtherPlace = !survivor.location && !!other.location;
  const useOtherPhone = !survivor.phone && !!other.phone;
  const useOtherSalary = survivor.salaryExpectation === null && other.salaryExpectation !== null;
  return {
    firstName: survivor.firstName || other.firstName,
    lastName: survivor.lastName || other.lastName,
    fullName: survivor.fullName || other.fullName,
    email: survivor.email ?? other.email,
    phone: useOtherPhone ? other.phone : survivor.phone,
    phoneKey: useOtherPhone ? other.phoneKey : survivor.phoneKey,
    headline: survivor.headline ?? other.headline,
    summary: longer(survivor.summary, other.summary),
    location: useOtherPlace ? other.location : survivor.location,
    city: useOtherPlace ? other.city : survivor.city,
    region: useOtherPlace ? other.region : survivor.region,
    countryCode: useOtherPlace ? other.countryCode : survivor.countryCode,
    skills: unionBy(survivor.skills, other.skills, (s) => s.toLowerCase()),
    skillLevels,
    yearsExperience: Math.max(survivor.yearsExperience ?? -1, other.yearsExperience ?? -1) < 0 ? null : Math.max(survivor.yearsExperience ?? 0, other.yearsExperience ?? 0),
    education: unionBy(survivor.education, other.education, (e) => `${e.degree}|${e.field}|${e.institution}|${e.year}`.toLowerCase()),
    languages: unionBy(survivor.languages, other.languages, (l) => l.name.toLowerCase()),
    salaryExpectation: useOtherSalary ? other.salaryExpectation : survivor.salaryExpectation,
    salaryCurrency: useOtherSalary ? other.salaryCurrency : survivor.salaryCurrency,
    availableFrom: survivor.availableFrom ?? other.availableFrom,
    links: [...new Set([...survivor.links, ...other.links])],
    userId: survivor.userId ?? other.userId,
  };
}

/**
 * Merges `duplicateId` into `candidateId`: the survivor takes every source link, resume and
 * placement and the richer field values; the duplicate is deleted. One transaction.
 */
export async function mergeCandidates(db: Db, actor: User, input: { candidateId: string; duplicateId: string }): Promise<{ id: string; merged_id: string }> {
  // Seekers never see other profiles, so for them there is nothing to merge.
  if (!can(actor.role, "candidates:manage")) throw new NotFoundError("Candidate");
  if (input.candidateId === input.duplicateId) throw new ValidationError("A candidate cannot be merged into itself.", [{ path: "duplicate_id", message: "Same as the candidate" }]);
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    // Locked in id order so two merges of one pair cannot deadlock.
    const rows = new Map<string, Candidate>();
    for (const id of [input.candidateId, input.duplicateId].sort()) {
      const [row] = await tx.select().from(candidates).where(eq(candidates.id, id)).for("update");
      if (row) rows.set(id, row);
    }
    const survivor = rows.get(input.candidateId);
    const other = rows.get(input.duplicateId);
    if (!survivor) throw new NotFoundError("Candidate");
    if (!other) throw new NotFoundError("Duplicate candidate");
    if (survivor.userId && other.userId) throw new ConflictError("Both profiles belong to job seekers' accounts; they cannot be merged.");
    const profile = mergedProfile(survivor, other);
    await tx.update(candidateSourceLinks).set({ candidateId: survivor.id }).where(eq(candidateSourceLinks.candidateId, other.id));
    await tx.update(resumes).set({ candidateId: survivor.id }).where(eq(resumes.candidateId, other.id));
    await tx.update(placements).set({ candidateId: survivor.id }).where(eq(placements.candidateId, other.id));
    // The duplicate goes first: it may hold the seeker account the survivor takes over (one profile per user).
    await tx.delete(candidates).where(eq(candidates.id, other.id));
    await tx.update(candidates).set({ ...profile, updatedAt: new Date() }).where(eq(candidates.id, survivor.id));
    await detectDuplicates(tx, [survivor.id]);
    await emit(tx, candidatesChanged.create({ candidateIds: [survivor.id, other.id] }));
    return { id: survivor.id, merged_id: other.id };
  });
}
