import type { UserRole } from "@/db/schema";

// Every right the product checks, and who holds it. Pages, actions and route handlers ask
// `can(role, right)`; nothing compares role names elsewhere.
const rights = {
  "jobs:read": ["admin", "recruiter", "seeker"],
  "dashboard:use": ["admin", "recruiter"],
  "candidates:read": ["admin", "recruiter"],
  /** Seekers too, but only their own candidate profile's matches (lib/matching/queries.ts). */
  "matches:read": ["admin", "recruiter", "seeker"],
  "matches:decide": ["admin", "recruiter"],
  /** Upload a resume and read one's own uploads; recruiters and admins read every upload. */
  "resumes:upload": ["admin", "recruiter", "seeker"],
  "candidates:manage": ["admin", "recruiter"],
  // Seekers hold it too: the candidate verbs then scope them to their own profile.
  "candidates:profile": ["admin", "recruiter", "seeker"],
  "jobs:manage": ["admin", "recruiter"],
  "sources:read": ["admin", "recruiter"],
  "sources:manage": ["admin"],
  "sync:run": ["admin"],
  "settings:manage": ["admin"],
  /** Register outbound webhook endpoints, read their delivery history, redeliver. */
  "webhooks:manage": ["admin"],
  "portal:use": ["seeker"],
  /** Recommended jobs and dismissing them: seekers for their own profile, recruiters for any (lib/recommendations). */
  "recommendations:use": ["admin", "recruiter", "seeker"],
  "apikeys:own": ["admin", "recruiter", "seeker"],
  /** Add accounts (POST /api/v1/users). */
  "users:manage": ["admin"],
  /** Seekers too, but only for their own profile, and only to saved/applied/withdrawn (lib/applications). */
  "applications:use": ["admin", "recruiter", "seeker"],
  /** Run the whole pipeline: any candidate, any stage, the funnel. */
  "applications:manage": ["admin", "recruiter"],
  "placements:read": ["admin", "recruiter"],
  "placements:manage": ["admin", "recruiter"],
  /** Seekers too, but only the interviews of their own applications, read-only (lib/interviews). */
  "interviews:read": ["admin", "recruiter", "seeker"],
  "interviews:manage": ["admin", "recruiter"],
  /** A private calendar feed of one's own interviews. */
  "calendar:own": ["admin", "recruiter", "seeker"],
  /** Seekers too, but only the follow-ups of their own applications (lib/follow-ups/access.ts). */
  "follow-ups:use": ["admin", "recruiter", "seeker"],
  "follow-ups:sequences": ["admin"],
  /** Read, mark read and choose channels for one's own notifications. */
  "notifications:own": ["admin", "recruiter", "seeker"],
} as const satisfies Record<string, readonly UserRole[]>;

export type Right = keyof typeof rights;

export function can(role: UserRole, right: Right): boolean {
  return (rights[right] as readonly UserRole[]).includes(role);
}

/** The roles that hold a right (the API reference says who may call a route). */
export function rolesWith(right: Right): readonly UserRole[] {
  return rights[right];
}

/** Where each role lands after signing in. */
export function homePathFor(role: UserRole): string {
  return role === "seeker" ? "/portal" : "/jobs";
}
