import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { authOptions } from "./auth-options";
import { can, homePathFor, type Right } from "@/lib/auth/roles";
import { findUserById } from "@/lib/auth/users";

// The one Next-aware corner of lib/auth: pages and server actions ask here who is signed in.

/** The signed-in user, re-read from the database so a deleted user loses access at once. */
export const currentUser = cache(async (): Promise<User | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  return findUserById(await getDb(), session.user.id);
});

/** For pages: sends a guest to sign in and a user without the right to their own home. */
export async function requirePageRight(right: Right): Promise<User> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (!can(user.role, right)) redirect(`${homePathFor(user.role)}?denied=1`);
  return user;
}
