import type { z } from "zod";
import type { Db } from "@/db";
import type { User } from "@/db/schema";
import { can, type Right } from "@/lib/auth/roles";
import { ForbiddenError, zodToValidationError } from "@/lib/errors";
import { rejectBadText } from "@/lib/http/text";
import type { Loaders } from "./loaders";

/** What every resolver receives: the caller (authenticated like REST), the database and this request's loaders. */
export type GraphQLContext = { db: Db; user: User; loaders: Loaders; signal?: AbortSignal };

/** The same right check as the REST route that answers the same question. */
export function requireRight(ctx: GraphQLContext, right: Right): void {
  if (!can(ctx.user.role, right)) throw new ForbiddenError();
}

/**
 * Field arguments through the REST query schema: each value as its query-string text (true,
 * 20, 2026-01-01), nulls as absent, so defaults, limits and error messages are REST's own.
 */
export function parseArgs<S extends z.ZodType>(schema: S, args: Record<string, unknown>): z.infer<S> {
  const asQuery: Record<string, string> = {};
  for (const [name, value] of Object.entries(args)) if (value !== null && value !== undefined) asQuery[name] = String(value);
  rejectBadText(asQuery, "Arguments");
  const parsed = schema.safeParse(asQuery);
  if (!parsed.success) throw zodToValidationError(parsed.error, "Arguments");
  return parsed.data;
}
