// The words of the catalogue: zod schemas, UI filters and the database enums all derive from these lists.
export const sourceTypes = ["adzuna", "jsearch", "hh", "greenhouse", "lever", "lamoda"] as const;
export const employmentTypes = ["full_time", "part_time", "contract", "temporary", "internship", "other"] as const;
export const seniorityLevels = ["intern", "junior", "mid", "senior", "lead", "executive"] as const;
export const jobStatuses = ["open", "expired", "closed"] as const;
export const jobOrigins = ["synced", "own"] as const;

export type SourceType = (typeof sourceTypes)[number];
export type EmploymentType = (typeof employmentTypes)[number];
export type SeniorityLevel = (typeof seniorityLevels)[number];
export type JobStatus = (typeof jobStatuses)[number];
export type JobOrigin = (typeof jobOrigins)[number];
