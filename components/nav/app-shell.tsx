import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NotificationBell } from "@/components/notifications/bell";
import type { User } from "@/db/schema";
import { NavLinks, type NavItem } from "./nav-links";

/** The frame of every signed-in page: brand, navigation, who is signed in, sign out. */
export function AppShell({ user, nav, children }: { user: User; nav: NavItem[]; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white px-3 py-5 md:flex">
        <Link href="/" className="mb-6 px-3 text-xl font-bold tracking-tight text-brand-600">
          Hireflow
        </Link>
        <nav aria-label="Main">
          <NavLinks items={nav} />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <nav aria-label="Main (compact)" className="flex gap-3 overflow-x-auto text-sm md:hidden">
            {nav.map((n) => (
              <Link key={n.href} href={n.href} className="text-slate-600 hover:text-slate-900">
                {n.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <NotificationBell />
            <div className="text-right">
              <p className="text-sm font-medium text-slate-800" data-testid="current-user">
                {user.name}
              </p>
              <p className="text-xs capitalize text-slate-500">{user.role}</p>
            </div>
            <SignOutButton />
          </div>
        </header>
        <main className="mx-auto w-full max-w-6xl flex-1 px-6 py-8">{children}</main>
      </div>
    </div>
  );
}
