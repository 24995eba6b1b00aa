import { z } from "zod";
import { getDb, type Db } from "@/db";
import type { User } from "@/db/schema";
import { ForbiddenError, UnauthenticatedError, zodToValidationError } from "@/lib/errors";
import { actionErrorFor } from "@/lib/http/respond";
import { can, type Right } from "@/lib/auth/roles";
import { currentUser } from "./session";

export type ActionState<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; details: unknown } }
  | null;

/**
 * Wraps a server action for useActionState: checks the signed-in user's right, parses the
 * form with zod, and returns errors as values with the same shape as the API's error body.
 */
export function authorizedAction<S extends z.ZodType, T>(right: Right, schema: S, run: (input: z.infer<S>, ctx: { user: User; db: Db }) => Promise<T>) {
  return async (_prev: ActionState<T>, form: FormData): Promise<ActionState<T>> => {
    try {
      const user = await currentUser();
      if (!user) throw new UnauthenticatedError("Your session has ended; sign in again.");
      if (!can(user.role, right)) throw new ForbiddenError();
      const parsed = schema.safeParse(Object.fromEntries(form));
      if (!parsed.success) throw zodToValidationError(parsed.error, "Form");
      return { ok: true, data: await run(parsed.data, { user, db: await getDb() }) };
    } catch (err) {
      return actionErrorFor(err);
    }
  };
}
