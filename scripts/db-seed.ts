import { closeDatabase, getDatabase } from "../db";
import { seedDemoData } from "../db/seed";

const { db, kind } = await getDatabase();
const counts = await seedDemoData(db);
console.log(`Demo data present (${kind}): ${JSON.stringify(counts)}`);
await closeDatabase();
