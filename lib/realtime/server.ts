import postgres from "postgres";
import { getDatabase } from "@/db";
import { RealtimeHub } from "./hub";
import { REALTIME_CHANNEL } from "./index";

// On globalThis so dev reloads and separate route bundles share one hub (and one LISTEN connection).
const shared = globalThis as unknown as { __hireflowRealtimeHub?: Promise<RealtimeHub> };

/** The process's hub: LISTEN/NOTIFY plus a slow poll on PostgreSQL, a 1-second poll on PGlite. */
export function realtimeHub(): Promise<RealtimeHub> {
  shared.__hireflowRealtimeHub ??= (async () => {
    const handle = await getDatabase();
    const url = handle.url;
    if (handle.kind === "postgres" && url) {
      return new RealtimeHub(handle.db, {
        pollMs: 5_000,
        listen: async (wake) => {
          // LISTEN needs a connection of its own, held for as long as someone is subscribed.
          const client = postgres(url, { max: 1, onnotice: () => {} });
          await client.listen(REALTIME_CHANNEL, wake);
          return () => client.end({ timeout: 5 });
        },
      });
    }
    return new RealtimeHub(handle.db, { pollMs: 1_000 });
  })();
  shared.__hireflowRealtimeHub.catch(() => (shared.__hireflowRealtimeHub = undefined));
  return shared.__hireflowRealtimeHub;
}

/** Forgets the hub (tests: the next call builds one on the database adopted then). */
export function forgetRealtimeHub(): void {
  shared.__hireflowRealtimeHub = undefined;
}
