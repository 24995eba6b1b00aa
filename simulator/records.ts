import type { Catalog } from "./catalog/catalog";
import type { Channel, SourceName } from "./catalog/channels";
import { decodeExternalId, encodeExternalId } from "./catalog/external-ids";
import type { Rng } from "./random";
import { variantRng, varyJob, type JobVariant } from "./variation";
import { buildWorldJob, type WorldJob } from "./world";

/** A world job as one source publishes it, with everything a source renderer needs. */
export interface PublishedJob {
  source: SourceName;
  channel: Channel;
  index: number;
  externalId: string;
  worldJobId: string;
  job: WorldJob;
  variant: JobVariant;
  postedAt: Date;
  updatedAt: Date;
  closed: boolean;
  isRepost: boolean;
  /** Source renderers draw their own optional fields from this, after the variant. */
  rng: Rng;
}

export interface PublishOptions {
  forceHourly?: boolean;
}

export function externalIdOf(catalog: Catalog, channel: Channel, index: number): string {
  return encodeExternalId(catalog.seed, channel, catalog.channelsOf(channel.source).length, index);
}

export function publishedJob(catalog: Catalog, channel: Channel, index: number, options: PublishOptions = {}): PublishedJob | undefined {
  const ref = catalog.record(channel, index);
  if (!ref) return undefined;
  const job = buildWorldJob(catalog, ref.world);
  const rng = variantRng(catalog.seed, channel.id, index);
  const variant = varyJob(job, rng, { forceHourly: options.forceHourly, revision: ref.change ? 1 : 0 });
  return {
    source: channel.source,
    channel,
    index,
    externalId: externalIdOf(catalog, channel, index),
    worldJobId: job.id,
    job,
    variant,
    postedAt: new Date(ref.postedAt),
    updatedAt: new Date(ref.change?.at ?? ref.postedAt),
    closed: ref.change?.closes ?? false,
    isRepost: ref.isRepost,
    rng,
  };
}

export function locateExternalId(catalog: Catalog, source: SourceName, externalId: string): { channel: Channel; index: number } | undefined {
  const channels = catalog.channelsOf(source);
  const decoded = decodeExternalId(catalog.seed, source, channels.length, externalId);
  const channel = decoded && channels[decoded.ordinal];
  if (!decoded || !channel || decoded.index >= catalog.total(channel)) return undefined;
  return { channel, index: decoded.index };
}

export interface GroundTruthEntry {
  source: SourceName;
  externalId: string;
  worldJobId: string;
  /** Adzuna/JSearch country, ATS board token, or "ru". */
  partition: string;
  isRepost: boolean;
}

export function groundTruthOf(catalog: Catalog, source: SourceName, externalId: string): GroundTruthEntry | undefined {
  const located = locateExternalId(catalog, source, externalId);
  return located && groundTruthAt(catalog, located.channel, located.index);
}

function groundTruthAt(catalog: Catalog, channel: Channel, index: number): GroundTruthEntry | undefined {
  const ref = catalog.record(channel, index);
  if (!ref) return undefined;
  return {
    source: channel.source,
    externalId: externalIdOf(catalog, channel, index),
    worldJobId: catalog.worldJobId(ref.world),
    partition: channel.partition,
    isRepost: ref.isRepost,
  };
}

/** Every record of the given sources, lazily, without building the jobs themselves. */
export function* groundTruthEntries(catalog: Catalog, sources: readonly SourceName[]): Generator<GroundTruthEntry> {
  for (const source of sources) {
    for (const channel of catalog.channelsOf(source)) {
      const total = catalog.total(channel);
      for (let index = 0; index < total; index++) {
        const entry = groundTruthAt(catalog, channel, index);
        if (entry) yield entry;
      }
    }
  }
}
