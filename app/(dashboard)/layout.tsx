import type { ReactNode } from "react";
import { AppShell } from "@/components/nav/app-shell";
import { can } from "@/lib/auth/roles";
import { requirePageRight } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageRight("dashboard:use");
  const nav = [
    { href: "/jobs", label: "Jobs" },
    { href: "/candidates", label: "Candidates" },
    { href: "/matches", label: "Matches" },
    { href: "/pipeline", label: "Pipeline" },
    { href: "/sync", label: "Sync" },
    { href: "/metrics", label: "Metrics" },
    ...(can(user.role, "settings:manage") ? [{ href: "/settings", label: "Settings" }] : []),
  ];
  return (
    <AppShell user={user} nav={nav}>
      {children}
    </AppShell>
  );
}
