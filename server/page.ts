import { notFound, redirect } from "next/navigation";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";

/** Pages: a missing thing is the 404 page, an ended session goes to sign-in, anything else reaches error.tsx. */
export async function forPage<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof UnauthenticatedError) redirect("/login");
    throw err;
  }
}
