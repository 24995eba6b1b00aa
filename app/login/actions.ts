"use server";

import { encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { cookiesSecureFor, sessionCookieAttributes, sessionCookieName } from "@/server/auth-cookies";
import { credentialsSchema, sessionMaxAgeSeconds } from "@/server/auth-options";
import { homePathFor } from "@/lib/auth/roles";
import { limitedMessage, signInWithPassword } from "@/lib/auth/sign-in";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";

export type SignInState = { error: string; email: string } | null;

/**
 * The login form's action: works as a plain POST without client script. Signs in with the
 * same checks as next-auth's credentials callback and sets next-auth's own session cookie.
 */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: form.get("password") });
  if (!parsed.success) return { error: "Enter your e-mail address and password.", email };
  const cfg = config();
  const requestHeaders = await headers();
  const result = await signInWithPassword(await getDb(), { ...parsed.data, address: clientAddress(requestHeaders, cfg) });
  if (!result.ok) {
    return { error: result.reason === "limited" ? limitedMessage(result.retryAfterSeconds) : "That email and password don't match an account.", email };
  }
  const { user } = result;
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, role: user.role },
    secret: cfg.authSecret,
    maxAge: sessionMaxAgeSeconds,
  });
  const secure = cookiesSecureFor(requestHeaders, undefined, cfg);
  (await cookies()).set(sessionCookieName(cfg), token, { ...sessionCookieAttributes(secure), maxAge: sessionMaxAgeSeconds });
  redirect(safeCallbackPath(form.get("callbackUrl"), homePathFor(user.role), appOrigin(requestHeaders)));
}

function appOrigin(requestHeaders: Headers): string | undefined {
  const host = requestHeaders.get("host");
  const proto = requestHeaders.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
  return host ? `${proto}://${host}` : undefined;
}
