import { sourceNames, type SourceName } from "./catalog/channels";
import { defaultSimulatorCredentials, type SimulatorCredentials } from "./credentials";
import type { FaultRule } from "./faults";

export interface SimulatorOptions {
  /** Same seed, same bytes. Default 42. */
  seed?: number | string;
  /** The simulated present; records are spread over `historyDays` before it. Default 2025-08-15T12:00:00Z. */
  now?: Date | string;
  historyDays?: number;
  /** Records per source (split over countries / boards). */
  volumes?: Partial<Record<SourceName, number>>;
  lamoda?: { candidates?: number; placements?: number };
  /** Share of a channel pair's records that are the same job (three-way groups get 40 % of it). */
  duplicateRate?: number;
  /** Share of records that re-post an earlier job of the same source under a new id. */
  repostRate?: Partial<Record<SourceName, number>>;
  credentials?: Partial<SimulatorCredentials>;
  faults?: Partial<Record<SourceName, FaultRule[]>>;
  /** Prefix in front of `/{source}`, e.g. "/sim" when mounted at app/sim/[...path]. */
  basePath?: string;
  /** Whether `/_control/*` is served. Default true. */
  control?: boolean;
  /** Wall clock for signature windows; tests pin it. Default Date.now. */
  clock?: () => number;
  /**
   * Keep the bytes of each successful GET a source answered without faults and send them again for
   * the same path and query until the catalogue changes: a CDN in front of the API. Off by
   * default; bench:etl turns it on so rendering the APIs' pages stays off the pipeline's cores.
   */
  cacheResponses?: boolean;
}

export const defaultVolumes: Readonly<Record<SourceName, number>> = Object.freeze({
  adzuna: 2000,
  jsearch: 600,
  hh: 3000,
  greenhouse: 300,
  lever: 150,
  lamoda: 500,
});

export const DEFAULT_SIMULATED_NOW = "2025-08-15T12:00:00Z";

export interface ResolvedOptions {
  seed: number | string;
  now: Date;
  historyDays: number;
  volumes: Record<SourceName, number>;
  lamoda: { candidates: number; placements: number };
  duplicateRate: number;
  repostRate: Record<SourceName, number>;
  credentials: SimulatorCredentials;
  faults: Partial<Record<SourceName, FaultRule[]>>;
  basePath: string;
  control: boolean;
  clock: () => number;
  cacheResponses: boolean;
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  const now = new Date(options.now ?? DEFAULT_SIMULATED_NOW);
  if (Number.isNaN(now.getTime())) throw new Error(`Simulator option "now" is not a date: ${String(options.now)}`);
  const volumes = { ...defaultVolumes, ...options.volumes };
  for (const source of sourceNames) {
    if (!Number.isInteger(volumes[source]) || volumes[source] < 0) throw new Error(`Simulator volume for ${source} must be a whole number >= 0`);
  }
  const repostRate = Object.fromEntries(sourceNames.map((source) => [source, options.repostRate?.[source] ?? (source === "hh" ? 0.05 : 0.02)])) as Record<SourceName, number>;
  return {
    seed: options.seed ?? 42,
    now,
    historyDays: options.historyDays ?? 60,
    volumes,
    lamoda: { candidates: options.lamoda?.candidates ?? 200, placements: options.lamoda?.placements ?? 120 },
    duplicateRate: options.duplicateRate ?? 0.08,
    repostRate,
    credentials: { ...defaultSimulatorCredentials, ...options.credentials },
    faults: options.faults ?? {},
    basePath: (options.basePath ?? "").replace(/\/+$/, ""),
    control: options.control ?? true,
    clock: options.clock ?? Date.now,
    cacheResponses: options.cacheResponses ?? false,
  };
}
