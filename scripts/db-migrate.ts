import { closeDatabase, getDatabase } from "../db";

// Opening the database applies every pending migration (db/client.ts).
const { kind } = await getDatabase();
console.log(`Migrations applied (${kind}).`);
await closeDatabase();
