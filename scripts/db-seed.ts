import { closeDatabase, getDatabase } from "../db";
import { seedDemoData, seedDemoMatches } from "../db/seed";
import { seedDemoRecommendations } from "../lib/demo/recommendations";

const { db, kind } = await getDatabase();
const counts = await seedDemoData(db);
const { kept } = await seedDemoMatches(db);
await seedDemoRecommendations(db);
console.log(`Demo data present (${kind}): ${JSON.stringify({ ...counts, matches: kept })}`);
await closeDatabase();
