import { z } from "zod";
import { apiRoute } from "@/server/route";
import { createUser, createUserSchema } from "@/lib/users/create";

export const POST = apiRoute({ doc: { summary: "Add an account", response: z.object({ id: z.uuid() }), status: 201, errors: [409] }, right: "users:manage", body: createUserSchema }, async ({ db, body }) => {
  return Response.json(await createUser(db, body), { status: 201 });
});
