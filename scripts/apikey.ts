import { z } from "zod";
import { closeDatabase, getDatabase } from "../db";
import { createApiKey } from "../lib/auth/api-keys";
import { findUserByEmail } from "../lib/auth/users";

// Usage: npm run -s apikey -- <email> [name]. Prints the new key as the last line.
const args = z.tuple([z.string().email(), z.string().min(1).optional()]).safeParse(process.argv.slice(2));
if (!args.success) {
  console.error("Usage: npm run -s apikey -- <email> [key name]");
  process.exit(2);
}
const [email, name] = args.data;
const { db } = await getDatabase();
const user = await findUserByEmail(db, email);
if (!user) {
  console.error(`No user with email ${email}.`);
  await closeDatabase();
  process.exit(1);
}
const created = await createApiKey(db, user.id, name ?? `CLI key ${new Date().toISOString().slice(0, 10)}`);
await closeDatabase();
console.error(`Created API key ${created.prefix}… for ${user.email} (${user.role}). It is shown once:`);
console.log(created.key);
