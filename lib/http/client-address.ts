import type { AppConfig } from "@/lib/config";

/**
 * The caller's address for rate limits. Next fills X-Forwarded-For from the socket when absent;
 * behind a proxy (TRUST_PROXY) the last entry is the one our proxy appended, the first is the
 * client's own claim.
 */
export function clientAddress(headers: Headers, cfg: Pick<AppConfig, "TRUST_PROXY">): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const address = cfg.TRUST_PROXY ? forwarded.at(-1) : forwarded[0];
  return address || headers.get("x-real-ip") || "unknown";
}
