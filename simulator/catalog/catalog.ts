import { hashString, mixHash, unitHash } from "../random";
import type { BoardCompany } from "../vocabulary/companies";
import type { CountryCode } from "../vocabulary/places";
import { buildChannels, buildDuplicateGroups, sourceNames, splitVolume, type Channel, type DuplicateGroup, type SourceName } from "./channels";
import { companiesForDesks, desksFor, type DeskRef } from "./desks";

const DAY_MS = 86_400_000;
const SALT_TIME = 11;
const SALT_REPOST = 12;
const SALT_PHASE = 13;
const SALT_CHANGE = 14;
/** A repost re-posts one of the 40 records before it. */
const REPOST_REACH = 40;

export interface CatalogOptions {
  seed: number | string;
  now: Date;
  historyDays: number;
  volumes: Record<SourceName, number>;
  duplicateRate: number;
  repostRate: Record<SourceName, number>;
}

/** One batch of records: the initial history, then one per `advance`. */
interface Segment {
  start: number;
  end: number;
  /** Records per channel in this segment, and the channel index of the first one. */
  counts: number[];
  offsets: number[];
  /** Shared slots per duplicate group. */
  slots: number[];
  /** Per stream (channels' own jobs, then groups): desks, and the first employer index or board position. */
  desks: number[];
  deskStarts: number[];
}

/** Identifies the world job a record shows: either a duplicate group's slot or one channel's own job. */
export interface WorldKey {
  segment: number;
  group?: DuplicateGroup;
  channel?: Channel;
  slot: number;
}

export interface RecordRef {
  channel: Channel;
  index: number;
  postedAt: number;
  world: WorldKey;
  /** Present when a later `advance` changed the record. */
  change?: { generation: number; at: number; closes: boolean };
  /** The same job posted again under a new id (within-source duplicate). */
  isRepost: boolean;
}

export interface AdvanceRequest {
  jobs?: number;
  changes?: number;
  sources?: readonly SourceName[];
  hours?: number;
}

export class Catalog {
  readonly seed: number;
  readonly channels: Channel[];
  readonly groups: DuplicateGroup[];
  private readonly groupsByChannel: DuplicateGroup[][];
  private readonly segments: Segment[] = [];
  private readonly changes = new Map<number, Map<number, { generation: number; at: number; closes: boolean }>>();
  /**
   * Employers handed out so far per country, and positions per board: every stream of every segment
   * continues the count, so streams never share an employer or a board position (until a wrap).
   */
  private readonly companyCursor = new Map<CountryCode, number>();
  private readonly boardCursor = new Map<string, number>();

  constructor(private readonly options: CatalogOptions) {
    this.seed = typeof options.seed === "number" ? options.seed : hashString(options.seed);
    this.channels = buildChannels();
    this.groups = buildDuplicateGroups(this.channels, options.duplicateRate);
    this.groupsByChannel = this.channels.map((channel) => this.groups.filter((group) => group.channelIds.includes(channel.id)));
    const end = options.now.getTime();
    const counts = new Array<number>(this.channels.length).fill(0);
    for (const source of sourceNames) {
      const own = this.channelsOf(source);
      splitVolume(options.volumes[source], own).forEach((count, i) => (counts[own[i].id] = count));
    }
    this.addSegment(end - options.historyDays * DAY_MS, end, counts);
  }

  get generation(): number {
    return this.segments.length - 1;
  }

  /** The simulated present: the end of the newest segment. */
  get now(): number {
    return this.segments[this.segments.length - 1].end;
  }

  /** The initial history window, before any `advance`. */
  get history(): { start: number; end: number } {
    return { start: this.segments[0].start, end: this.segments[0].end };
  }

  channelsOf(source: SourceName): Channel[] {
    return this.channels.filter((channel) => channel.source === source);
  }

  channel(source: SourceName, partition: string): Channel | undefined {
    return this.channels.find((channel) => channel.source === source && channel.partition === partition);
  }

  total(channel: Channel): number {
    const last = this.segments[this.segments.length - 1];
    return last.offsets[channel.id] + last.counts[channel.id];
  }

  sourceTotal(source: SourceName): number {
    return this.channelsOf(source).reduce((sum, channel) => sum + this.total(channel), 0);
  }

  /** Adds new records (posted after the current `now`) and changes existing ones. */
  advance(request: AdvanceRequest): void {
    const sources = request.sources ?? sourceNames;
    const start = this.now;
    const end = start + (request.hours ?? 1) * 3_600_000;
    const counts = new Array<number>(this.channels.length).fill(0);
    for (const source of sources) {
      const own = this.channelsOf(source);
      splitVolume(request.jobs ?? 0, own).forEach((count, i) => (counts[own[i].id] = count));
    }
    const generation = this.segments.length;
    for (const source of sources) {
      for (let n = 0; n < (request.changes ?? 0); n++) this.changeOneRecord(source, generation, n, start, end);
    }
    this.addSegment(start, end, counts);
  }

  record(channel: Channel, index: number): RecordRef | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.total(channel)) return undefined;
    const segmentIndex = this.segmentOf(channel, index);
    const repostOf = this.repostOriginal(channel, index, segmentIndex);
    return {
      channel,
      index,
      postedAt: this.postedAt(channel, index, segmentIndex),
      world: this.worldKey(channel, repostOf ?? index, segmentIndex),
      change: this.changes.get(channel.id)?.get(index),
      isRepost: repostOf !== undefined,
    };
  }

  postedAtOf(channel: Channel, index: number): number {
    return this.postedAt(channel, index, this.segmentOf(channel, index));
  }

  /** First index whose posted time is >= time; records are in posted order, so this is a binary search. */
  firstIndexPostedFrom(channel: Channel, time: number): number {
    let low = 0;
    let high = this.total(channel);
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.postedAtOf(channel, mid) < time) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Records changed at or after `time`, in change order. */
  changedSince(channel: Channel, time: number): number[] {
    const changed = [...(this.changes.get(channel.id) ?? new Map()).entries()];
    return changed.filter(([, change]) => change.at >= time).sort((a, b) => a[1].at - b[1].at || a[0] - b[0]).map(([index]) => index);
  }

  worldJobId(key: WorldKey): string {
    return key.group ? `w${key.segment}-g${key.group.id}-${key.slot}` : `w${key.segment}-c${key.channel?.id}-${key.slot}`;
  }

  /** The hiring desk of a world job (see desks.ts). */
  deskOf(key: WorldKey): DeskRef {
    const stream = this.streamOf(key);
    const segment = this.segments[key.segment];
    const board = this.streamBoard(stream);
    return {
      desk: key.slot % Math.max(1, segment.desks[stream]),
      start: segment.deskStarts[stream],
      board,
    };
  }

  private streamOf(key: WorldKey): number {
    return key.group ? this.channels.length + key.group.id : (key.channel?.id ?? 0);
  }

  private streamBoard(stream: number): BoardCompany | undefined {
    return stream < this.channels.length ? this.channels[stream].board : this.groups[stream - this.channels.length].board;
  }

  private streamCountry(stream: number): CountryCode {
    return stream < this.channels.length ? this.channels[stream].country : this.groups[stream - this.channels.length].country;
  }

  private layDesks(start: number, end: number, counts: number[], slots: number[]): { desks: number[]; deskStarts: number[] } {
    // A channel's own stream is sized by all its records: group slots leave gaps, so its desks recur a little later.
    // A repost shows its original up to REPOST_REACH records later, so desks recur that much later again.
    const desks = [
      ...counts.map((n) => desksFor(n, end - start, REPOST_REACH)),
      ...slots.map((n, g) => {
        const smallest = Math.min(...this.groups[g].channelIds.map((id) => counts[id]));
        return desksFor(n, end - start, Math.ceil((REPOST_REACH * n) / Math.max(1, smallest)));
      }),
    ];
    const deskStarts = desks.map((n, stream) => {
      const board = this.streamBoard(stream);
      if (board) {
        const first = this.boardCursor.get(board.token) ?? 0;
        this.boardCursor.set(board.token, first + n);
        return first;
      }
      const country = this.streamCountry(stream);
      const first = this.companyCursor.get(country) ?? 0;
      this.companyCursor.set(country, first + companiesForDesks(n));
      return first;
    });
    return { desks, deskStarts };
  }

  private addSegment(start: number, end: number, counts: number[]): void {
    const previous = this.segments[this.segments.length - 1];
    const offsets = this.channels.map((channel) => (previous ? previous.offsets[channel.id] + previous.counts[channel.id] : 0));
    const slots = this.groups.map((group) => {
      const smallest = Math.min(...group.channelIds.map((id) => counts[id]));
      return Math.floor(smallest * group.rate);
    });
    this.segments.push({ start, end, counts, offsets, slots, ...this.layDesks(start, end, counts, slots) });
  }

  private segmentOf(channel: Channel, index: number): number {
    for (let s = this.segments.length - 1; s > 0; s--) {
      if (index >= this.segments[s].offsets[channel.id]) return s;
    }
    return 0;
  }

  private postedAt(channel: Channel, index: number, segmentIndex: number): number {
    const segment = this.segments[segmentIndex];
    const local = index - segment.offsets[channel.id];
    const spacing = (segment.end - segment.start) / segment.counts[channel.id];
    // Jitter stays inside the record's own time slot, so posted time grows with the index.
    return Math.floor(segment.start + (local + unitHash(this.seed, SALT_TIME, channel.id, index)) * spacing);
  }

  private worldKey(channel: Channel, index: number, segmentIndex: number): WorldKey {
    const segment = this.segments[segmentIndex];
    const local = index - segment.offsets[channel.id];
    const count = segment.counts[channel.id];
    for (const group of this.groupsByChannel[channel.id]) {
      const slots = segment.slots[group.id];
      if (slots === 0) continue;
      const phase = 0.1 + 0.8 * unitHash(this.seed, SALT_PHASE, group.id);
      const guess = Math.floor((local * slots) / count - phase);
      for (let slot = Math.max(0, guess - 1); slot <= Math.min(slots - 1, guess + 2); slot++) {
        // Slot k sits at the same relative position in every member channel, so copies are posted close in time.
        if (Math.floor(((slot + phase) * count) / slots) === local) return { segment: segmentIndex, group, slot };
      }
    }
    return { segment: segmentIndex, channel, slot: local };
  }

  private repostOriginal(channel: Channel, index: number, segmentIndex: number): number | undefined {
    const rate = this.options.repostRate[channel.source];
    const isCandidate = (i: number) => unitHash(this.seed, SALT_REPOST, channel.id, i) < rate;
    if (!isCandidate(index)) return undefined;
    const original = index - 1 - (mixHash(this.seed, SALT_REPOST, channel.id, index, 1) % REPOST_REACH);
    const segmentStart = this.segments[segmentIndex].offsets[channel.id];
    if (original < segmentStart || isCandidate(original)) return undefined;
    if (this.worldKey(channel, index, segmentIndex).group) return undefined;
    return original;
  }

  private changeOneRecord(source: SourceName, generation: number, n: number, start: number, end: number): void {
    const own = this.channelsOf(source).filter((channel) => this.total(channel) > 0);
    if (own.length === 0) return;
    const channel = own[mixHash(this.seed, SALT_CHANGE, generation, n) % own.length];
    const index = mixHash(this.seed, SALT_CHANGE, generation, n, 1) % this.total(channel);
    const at = Math.floor(start + unitHash(this.seed, SALT_CHANGE, generation, n, 2) * (end - start));
    const closes = unitHash(this.seed, SALT_CHANGE, generation, n, 3) < 0.25;
    const perChannel = this.changes.get(channel.id) ?? new Map();
    perChannel.set(index, { generation, at, closes });
    this.changes.set(channel.id, perChannel);
  }
}
