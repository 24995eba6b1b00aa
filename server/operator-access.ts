import { createHash, timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import type { Db } from "@/db";
import { can } from "@/lib/auth/roles";
import { config } from "@/lib/config";
import { ForbiddenError, UnauthenticatedError } from "@/lib/errors";
import { authenticate } from "./route";

// Hashing first makes both sides the same length, so the comparison's time says nothing about the token.
const digest = (value: string) => createHash("sha256").update(value).digest();

/** True when `presented` is the configured METRICS_TOKEN (compared in constant time). */
export function isMetricsToken(presented: string, token = config().METRICS_TOKEN): boolean {
  return Boolean(token) && timingSafeEqual(digest(presented), digest(token!));
}

/**
 * Who may read /metrics and /api/health/detailed: Prometheus with `Authorization: Bearer
 * <METRICS_TOKEN>`, or an admin (session or admin API key). Throws 401/403 errors otherwise.
 */
export async function assertOperatorAccess(db: Db, request: NextRequest): Promise<void> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  if (bearer && isMetricsToken(bearer)) return;
  if (!request.headers.get("authorization") && !request.headers.get("cookie")) {
    throw new UnauthenticatedError("Send `Authorization: Bearer <METRICS_TOKEN>`, or sign in as an admin.");
  }
  const user = await authenticate(db, request);
  if (!can(user.role, "settings:manage")) throw new ForbiddenError("Only admins, or a caller with METRICS_TOKEN, may read this.");
}
