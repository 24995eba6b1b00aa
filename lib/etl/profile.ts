import { config } from "@/lib/config";

// Where a load's time goes, summed per phase over a process's loads: `npm run bench:etl` sets
// ETL_PROFILE=1 and prints the sums. Off everywhere else.

type Phases = Record<string, number>;
const store = globalThis as unknown as { __hireflowEtlPhases?: Phases };

/** Runs `work`, adding its wall time to `phase` when profiling is on. */
export async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!config().ETL_PROFILE) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    const phases = (store.__hireflowEtlPhases ??= {});
    phases[name] = (phases[name] ?? 0) + performance.now() - started;
  }
}

/** The summed milliseconds per phase so far, rounded. */
export function phaseTotals(): Record<string, number> {
  return Object.fromEntries(Object.entries(store.__hireflowEtlPhases ?? {}).map(([name, ms]) => [name, Math.round(ms)]));
}
