import { closeDatabase, getDatabase } from "../db";
import { seedDemoData, seedDemoMatches } from "../db/seed";
import { seedDemoPipeline } from "../lib/demo/pipeline";
// Demo applications in applied get their follow-ups planned, as they would in the app.
import "../lib/follow-ups/stage-hook";

const { db, kind } = await getDatabase();
const counts = await seedDemoData(db);
const { kept } = await seedDemoMatches(db);
const pipeline = await seedDemoPipeline(db);
console.log(`Demo data present (${kind}): ${JSON.stringify({ ...counts, matches: kept, ...pipeline })}`);
await closeDatabase();
