import type { User } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { NavItem } from "./nav-links";

/** The main navigation for a signed-in user: the dashboard's or the portal's, and their account. */
export function navFor(user: Pick<User, "role">): NavItem[] {
  const account = { href: "/account", label: "Account" };
  const api = { href: "/api-reference", label: "API" };
  if (!can(user.role, "dashboard:use")) return [{ href: "/portal", label: "My job search" }, { href: "/portal/jobs", label: "Find jobs" }, { href: "/portal/recommendations", label: "Recommended" }, { href: "/portal/profile", label: "My profile" }, api, account];
  return [
    { href: "/jobs", label: "Jobs" },
    { href: "/candidates", label: "Candidates" },
    { href: "/matches", label: "Matches" },
    { href: "/pipeline", label: "Pipeline" },
    { href: "/follow-ups", label: "Follow-ups" },
    { href: "/sync", label: "Sync" },
    { href: "/analytics", label: "Metrics" },
    ...(can(user.role, "settings:manage") ? [{ href: "/settings", label: "Settings" }] : []),
    api,
    account,
  ];
}
