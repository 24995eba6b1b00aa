import type { AppConfig } from "@/lib/config";
import { ForbiddenError } from "@/lib/errors";

type OriginConfig = Pick<AppConfig, "NEXTAUTH_URL" | "TRUST_PROXY">;

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.origin : null;
  } catch {
    return null;
  }
}

function firstHeaderValue(headers: Headers, name: string): string | null {
  return headers.get(name)?.split(",")[0]?.trim() || null;
}

/** True when the client reached us over TLS, directly or (with TRUST_PROXY) through a proxy. */
export function requestIsHttps(request: Request, cfg: OriginConfig): boolean {
  if (cfg.TRUST_PROXY && firstHeaderValue(request.headers, "x-forwarded-proto") === "https") return true;
  return new URL(request.url).protocol === "https:";
}

/** The origins this app answers on: NEXTAUTH_URL's, and the one the request itself was sent to. */
export function appOrigins(request: Request, cfg: OriginConfig): string[] {
  const origins = new Set<string>();
  const configured = originOf(cfg.NEXTAUTH_URL);
  if (configured) origins.add(configured);
  const host = (cfg.TRUST_PROXY && firstHeaderValue(request.headers, "x-forwarded-host")) || request.headers.get("host");
  if (host) origins.add(`${requestIsHttps(request, cfg) ? "https" : "http"}://${host.toLowerCase()}`);
  else origins.add(new URL(request.url).origin);
  return [...origins];
}

/**
 * Refuses an unsafe request (POST, PUT, PATCH, DELETE) unless its Origin, or failing that its
 * Referer, is this app: a session cookie must not act for another site's page.
 */
export function assertSameOrigin(request: Request, cfg: OriginConfig): void {
  if (safeMethods.has(request.method.toUpperCase())) return;
  const claimed = request.headers.has("origin") ? originOf(request.headers.get("origin")) : originOf(request.headers.get("referer"));
  if (claimed && appOrigins(request, cfg).includes(claimed)) return;
  throw new ForbiddenError("Cross-site request refused: send it from this app (Origin or Referer), or use an API key.");
}
