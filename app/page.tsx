import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/roles";
import { currentUser } from "@/server/session";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homePathFor(user.role) : "/login");
}
