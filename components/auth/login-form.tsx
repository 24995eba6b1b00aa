"use client";

import { useActionState } from "react";
import type { SignInState } from "@/app/login/actions";
import { Button } from "@/components/ui/button";

type SignIn = (prev: SignInState, form: FormData) => Promise<SignInState>;

/** A server-action form: it POSTs and signs in even before (or without) client script. */
export function LoginForm({ action, callbackUrl }: { action: SignIn; callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-500/30";
  return (
    <form action={formAction} className="space-y-4">
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <label className="block text-sm font-medium text-slate-700">
        Email
        <input name="email" type="email" autoComplete="email" required autoFocus defaultValue={state?.email} className={input} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Password
        <input name="password" type="password" autoComplete="current-password" required className={input} />
      </label>
      {state?.error && (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
