import { parseArgs } from "node:util";
import { sourceNames, startSimulatorServer, type SourceName } from "@/simulator";

// Standalone job-board simulator: tsx scripts/simulator.ts --port 4010 [--seed 42] [--volume adzuna=5000] [--cache-responses]
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    seed: { type: "string", default: "42" },
    now: { type: "string" },
    volume: { type: "string", multiple: true, default: [] },
    "cache-responses": { type: "boolean", default: false },
  },
});

const volumes: Partial<Record<SourceName, number>> = {};
for (const entry of values.volume) {
  const [source, count] = entry.split("=");
  const known = sourceNames.find((name) => name === source);
  if (!known || !/^\d+$/.test(count ?? "")) throw new Error(`--volume expects source=count with a source in ${sourceNames.join(", ")}, got "${entry}"`);
  volumes[known] = Number(count);
}

const seed = /^\d+$/.test(values.seed) ? Number(values.seed) : values.seed;
const server = await startSimulatorServer({ port: Number(values.port), host: values.host, seed, now: values.now, volumes, cacheResponses: values["cache-responses"] });
console.log(`Job-board simulator listening on ${server.url}`);
for (const source of sourceNames) console.log(`  ${source.padEnd(10)} ${server.url}/${source}  (${server.simulator.state().sources[source].total} records)`);
console.log(`  control    ${server.url}/_control/state`);

const shutdown = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
