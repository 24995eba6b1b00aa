import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getDb } from "@/db";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { homePathFor } from "@/lib/auth/roles";
import { currentUser } from "@/server/session";
import { config } from "@/lib/config";
import { isDemoDataSeeded } from "@/lib/demo/flag";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { callbackUrl } = await searchParams;
  const user = await currentUser();
  if (user) redirect(safeCallbackPath(callbackUrl, homePathFor(user.role)));
  const safeCallback = safeCallbackPath(callbackUrl, "");
  const showDemo = config().NODE_ENV !== "production" && (await isDemoDataSeeded(await getDb()));
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-600">Hireflow</p>
          <p className="mt-2 text-sm text-slate-500">Sign in to your workspace</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm action={signInAction} callbackUrl={safeCallback || undefined} />
        </div>
        {showDemo && (
          <p data-testid="demo-accounts" className="mt-6 text-center text-xs text-slate-500">
            Demo accounts: admin@, recruiter@ and seeker@example.com, password <code>hireflow-demo</code>
          </p>
        )}
      </div>
    </main>
  );
}
