import type { CookiesOptions } from "next-auth";
import type { AppConfig } from "@/lib/config";

type CookieConfig = Pick<AppConfig, "NEXTAUTH_URL">;

/** next-auth picks its cookie names from NEXTAUTH_URL; we keep its names so every reader finds them. */
export function secureCookieNames(cfg: CookieConfig): boolean {
  return Boolean(cfg.NEXTAUTH_URL?.startsWith("https://"));
}

/**
 * Whether cookies set for this request carry `Secure`: NEXTAUTH_URL is https, or the client
 * reached us over TLS, directly or through a proxy that says so in X-Forwarded-Proto.
 */
export function cookiesSecureFor(headers: Headers, requestUrl: string | undefined, cfg: CookieConfig): boolean {
  if (secureCookieNames(cfg)) return true;
  if (headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https") return true;
  return requestUrl?.startsWith("https://") ?? false;
}

export function sessionCookieName(cfg: CookieConfig): string {
  return `${secureCookieNames(cfg) ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieAttributes(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/** next-auth's own cookies, with their usual names and `Secure` decided per request. */
export function authCookies(cfg: CookieConfig, secure: boolean): Partial<CookiesOptions> {
  const prefix = secureCookieNames(cfg) ? "__Secure-" : "";
  return {
    sessionToken: { name: sessionCookieName(cfg), options: sessionCookieAttributes(secure) },
    callbackUrl: { name: `${prefix}next-auth.callback-url`, options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
    csrfToken: { name: `${secureCookieNames(cfg) ? "__Host-" : ""}next-auth.csrf-token`, options: { httpOnly: true, sameSite: "lax", path: "/", secure } },
  };
}
