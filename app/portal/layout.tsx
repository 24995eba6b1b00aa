import type { ReactNode } from "react";
import { AppShell } from "@/components/nav/app-shell";
import { navFor } from "@/components/nav/nav-items";
import { requirePageRight } from "@/server/session";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const user = await requirePageRight("portal:use");
  return (
    <AppShell user={user} nav={navFor(user)}>
      {children}
    </AppShell>
  );
}
