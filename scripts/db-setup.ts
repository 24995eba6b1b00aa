import { count } from "drizzle-orm";
import { closeDatabase, getDatabase } from "../db";
import { users } from "../db/schema";
import { seedDemoData, seedDemoMatches } from "../db/seed";
import { seedDemoPipeline } from "../lib/demo/pipeline";
// Demo applications in applied get their follow-ups planned, as they would in the app.
import "../lib/follow-ups/stage-hook";

// What `npm run dev` does first: migrate, and seed demo data into an empty database.
const { db, kind } = await getDatabase();
const [{ existing }] = await db.select({ existing: count() }).from(users);
if (existing === 0) {
  const counts = await seedDemoData(db);
  const { kept } = await seedDemoMatches(db);
  const pipeline = await seedDemoPipeline(db);
  console.log(`Seeding demo data (${kind}): ${JSON.stringify({ ...counts, matches: kept, ...pipeline })}`);
} else {
  console.log(`Database ready (${kind}, ${existing} users).`);
}
await closeDatabase();
