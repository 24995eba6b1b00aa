import { apiRoute } from "@/lib/http/route";
import { createUser, createUserSchema } from "@/lib/users/create";

export const POST = apiRoute({ right: "users:manage", body: createUserSchema }, async ({ db, body }) => {
  return Response.json(await createUser(db, body), { status: 201 });
});
