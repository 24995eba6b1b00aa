import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { cookiesSecureFor } from "@/server/auth-cookies";
import { loginRetryAfter } from "@/lib/auth/login-limits";
import { authOptions } from "@/server/auth-options";
import { limitedMessage } from "@/lib/auth/sign-in";
import { normaliseEmail } from "@/lib/auth/users";
import { config } from "@/lib/config";
import { readBodyText } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { responseForError } from "@/lib/http/respond";
import { withHttpMetrics } from "@/lib/observability/http";

type Context = { params: Promise<{ nextauth: string[] }> };

/** A credentials sign-in over the limit answers 429 with Retry-After before next-auth sees it. */
async function refusedSignIn(request: NextRequest): Promise<Response | null> {
  const cfg = config();
  const body = await readBodyText(request.clone(), 16 * 1024);
  let email = "";
  if (request.headers.get("content-type")?.includes("json")) {
    try {
      email = String((JSON.parse(body) as { email?: unknown })?.email ?? "");
    } catch {
      email = "";
    }
  } else {
    email = new URLSearchParams(body).get("email") ?? "";
  }
  const wait = await loginRetryAfter(await getDb(), { email: normaliseEmail(email), address: clientAddress(request.headers, cfg) });
  if (wait === null) return null;
  const body429 = { error: { code: "rate_limited", message: limitedMessage(wait), details: { retry_after_seconds: wait } } };
  return Response.json(body429, { status: 429, headers: { "Retry-After": String(wait) } });
}

async function handler(request: NextRequest, context: Context) {
  try {
    const { nextauth } = await context.params;
    if (request.method === "POST" && nextauth?.[0] === "callback" && nextauth[1] === "credentials") {
      const refused = await refusedSignIn(request);
      if (refused) return refused;
    }
    const secureCookies = cookiesSecureFor(request.headers, request.url, config());
    return await NextAuth(request, context, authOptions({ secureCookies }));
  } catch (err) {
    return responseForError(err);
  }
}

const observed = withHttpMetrics(handler);

export { observed as GET, observed as POST };
