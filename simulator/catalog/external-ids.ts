import { mixHash } from "../random";
import type { Channel, SourceName } from "./channels";

/**
 * Ids look like each API's real ones and are reversible to (channel, index), so ground truth and
 * detail endpoints need no lookup table. `slot` numbers records across all channels of a source.
 */
interface IdCodec {
  encode(seed: number, slot: number): string;
  decodeSlot(seed: number, id: string): number | undefined;
}

const numericCodec = (base: number, stride: number): IdCodec => ({
  encode: (seed, slot) => String(base + slot * stride + (mixHash(seed, 21, slot) % stride)),
  decodeSlot: (_seed, id) => (/^\d+$/.test(id) ? Math.floor((Number(id) - base) / stride) : undefined),
});

const greenhouseCodec: IdCodec = {
  // Greenhouse ids end in the account's fixed three-digit suffix.
  encode: (_seed, slot) => String((4_000_000 + slot) * 1000 + 3),
  decodeSlot: (_seed, id) => (/^\d+003$/.test(id) ? Number(id.slice(0, -3)) - 4_000_000 : undefined),
};

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, "0").slice(-digits);

const leverCodec: IdCodec = {
  encode: (seed, slot) => {
    const masked = (slot ^ mixHash(seed, 22)) >>> 0;
    return `${hex(mixHash(seed, 23, slot), 8)}-${hex(mixHash(seed, 24, slot), 4)}-4${hex(mixHash(seed, 25, slot), 3)}-a${hex(mixHash(seed, 26, slot), 3)}-${hex(mixHash(seed, 27, slot), 4)}${hex(masked, 8)}`;
  },
  decodeSlot: (seed, id) => (/^[0-9a-f-]{36}$/.test(id) ? (parseInt(id.slice(-8), 16) ^ mixHash(seed, 22)) >>> 0 : undefined),
};

const jsearchCodec: IdCodec = {
  encode: (seed, slot) => {
    const bytes = Buffer.alloc(16);
    bytes.writeUInt32BE((slot ^ mixHash(seed, 28)) >>> 0, 0);
    bytes.writeUInt32BE(mixHash(seed, 29, slot), 4);
    bytes.writeUInt32BE(mixHash(seed, 30, slot), 8);
    return bytes.toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
  },
  decodeSlot: (seed, id) => {
    const bytes = Buffer.from(id.replace(/-/g, "+").replace(/_/g, "/"), "base64");
    return bytes.length === 16 ? (bytes.readUInt32BE(0) ^ mixHash(seed, 28)) >>> 0 : undefined;
  },
};

const lamodaCodec: IdCodec = {
  encode: (seed, slot) => `job_${(slot * 7919 + (mixHash(seed, 31, slot) % 7919)).toString(36).padStart(6, "0")}`,
  decodeSlot: (_seed, id) => (/^job_[0-9a-z]+$/.test(id) ? Math.floor(parseInt(id.slice(4), 36) / 7919) : undefined),
};

const codecs: Record<SourceName, IdCodec> = {
  adzuna: numericCodec(4_800_000_000, 7),
  jsearch: jsearchCodec,
  hh: numericCodec(100_000_000, 11),
  greenhouse: greenhouseCodec,
  lever: leverCodec,
  lamoda: lamodaCodec,
};

export function encodeExternalId(seed: number, channel: Channel, channelsInSource: number, index: number): string {
  return codecs[channel.source].encode(seed, index * channelsInSource + channel.ordinal);
}

/** Returns the channel ordinal and index an id was made from, or undefined when it is not one of ours. */
export function decodeExternalId(seed: number, source: SourceName, channelsInSource: number, id: string): { ordinal: number; index: number } | undefined {
  const slot = codecs[source].decodeSlot(seed, id);
  if (slot === undefined || !Number.isSafeInteger(slot) || slot < 0) return undefined;
  const decoded = { ordinal: slot % channelsInSource, index: Math.floor(slot / channelsInSource) };
  return codecs[source].encode(seed, slot) === id ? decoded : undefined;
}
