import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { config } from "@/lib/config";
import { clientAddress } from "@/lib/http/client-address";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { authCookies } from "./auth-cookies";
import { signInWithPassword } from "@/lib/auth/sign-in";

export const credentialsSchema = z.object({ email: z.string().trim().email().max(320), password: z.string().min(1).max(200) });

export const sessionMaxAgeSeconds = 60 * 60 * 24 * 7;

/** next-auth's options; `secureCookies` marks its cookies Secure for a request that came over TLS. */
export function authOptions({ secureCookies = false }: { secureCookies?: boolean } = {}): NextAuthOptions {
  const cfg = config();
  return {
    secret: cfg.authSecret,
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
    pages: { signIn: "/login" },
    cookies: authCookies(cfg, secureCookies),
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, req) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const address = clientAddress(new Headers((req?.headers ?? {}) as Record<string, string>), cfg);
          const result = await signInWithPassword(await getDb(), { ...parsed.data, address });
          if (!result.ok) return null;
          const { user } = result;
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.uid;
          session.user.role = token.role;
        }
        return session;
      },
      redirect({ url, baseUrl }) {
        return baseUrl + safeCallbackPath(url, "/", baseUrl);
      },
    },
  };
}
