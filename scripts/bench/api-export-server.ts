// The export's server for `npm run bench:api`, in a process of its own so that its memory is a
// serving process's: it loads the route and the database layer, not the catalogue generator
// that the bench's main process holds. Prints `{"url"}` once listening; on a line "report" on
// stdin prints its RSS before and at peak (sampled every 20 ms) and exits.
import { createInterface } from "node:readline";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { GET as exportJobs } from "@/app/api/v1/jobs/export/route";
import { adoptDatabase } from "@/db";
import { openDatabase } from "@/db/client";
import { config } from "@/lib/config";
import { serve } from "./api-serve";

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const handle = await openDatabase({ url: process.argv[2], requestTimeoutMs: config().DB_STATEMENT_TIMEOUT_MS });
adoptDatabase(handle);
const server = await serve({ fixed: { "/api/v1/jobs/export": exportJobs } });
// Startup's garbage is not the export's.
setFlagsFromString("--expose-gc");
(runInNewContext("gc") as () => void)();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
let heapPeak = process.memoryUsage().heapUsed;
const sampler = setInterval(() => {
  const now = process.memoryUsage();
  peak = Math.max(peak, now.rss);
  heapPeak = Math.max(heapPeak, now.heapUsed);
}, 20);
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== "report") continue;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.stdout.write(`${JSON.stringify({ rss_before_mb: mb(rssBefore), peak_rss_mb: mb(peak), peak_heap_used_mb: mb(heapPeak) })}\n`);
  break;
}
await server.close();
await handle.close();
process.exit(0);
