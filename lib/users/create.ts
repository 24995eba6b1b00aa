import { z } from "zod";
import type { Db } from "@/db";
import { userRoles, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { normaliseEmail } from "@/lib/auth/users";
import { ConflictError } from "@/lib/errors";

export const createUserSchema = z.object({
  email: z.string().trim().max(320).email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(userRoles),
  password: z.string().min(12, "At least 12 characters").max(200),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** An admin adds an account (a recruiter, or a seeker they onboard); an e-mail already taken is a 409. */
export async function createUser(db: Db, input: CreateUserInput): Promise<{ id: string }> {
  const [row] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name, role: input.role, passwordHash: await hashPassword(input.password) })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!row) throw new ConflictError("An account with this e-mail already exists.", [{ path: "email", message: "Already taken" }]);
  return row;
}
