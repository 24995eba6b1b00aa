import { greenhouseBoards, leverSites, type BoardCompany } from "../vocabulary/companies";
import type { CountryCode } from "../vocabulary/places";

export const sourceNames = ["adzuna", "jsearch", "hh", "greenhouse", "lever", "lamoda"] as const;
export type SourceName = (typeof sourceNames)[number];

/**
 * One independently paged list inside a source: an Adzuna or JSearch country, a Greenhouse board,
 * a Lever site, or the whole of HH / Lamoda. Records are numbered per channel.
 */
export interface Channel {
  id: number;
  source: SourceName;
  /** Position among the channels of the same source. */
  ordinal: number;
  /** Country code in lower case for Adzuna/JSearch, board token for ATS, "ru" otherwise. */
  partition: string;
  country: CountryCode;
  board?: BoardCompany;
  weight: number;
}

/** A set of channels (same country, at most one ATS board) that publish some of the same jobs. */
export interface DuplicateGroup {
  id: number;
  channelIds: readonly number[];
  country: CountryCode;
  board?: BoardCompany;
  /** Share of the smallest member's records that belong to this group. */
  rate: number;
}

const aggregatorCountries: Record<"adzuna" | "jsearch", ReadonlyArray<[CountryCode, number]>> = {
  adzuna: [["GB", 45], ["US", 35], ["DE", 20]],
  jsearch: [["US", 60], ["GB", 25], ["DE", 15]],
};

export function buildChannels(): Channel[] {
  const specs: Array<Omit<Channel, "id" | "ordinal">> = [];
  for (const source of ["adzuna", "jsearch"] as const) {
    for (const [country, weight] of aggregatorCountries[source]) {
      specs.push({ source, partition: country.toLowerCase(), country, weight });
    }
  }
  specs.push({ source: "hh", partition: "ru", country: "RU", weight: 1 });
  for (const board of greenhouseBoards) specs.push({ source: "greenhouse", partition: board.token, country: board.country, board, weight: board.weight });
  for (const site of leverSites) specs.push({ source: "lever", partition: site.token, country: site.country, board: site, weight: site.weight });
  specs.push({ source: "lamoda", partition: "ru", country: "RU", weight: 1 });

  const ordinals = new Map<SourceName, number>();
  return specs.map((spec, id) => {
    const ordinal = ordinals.get(spec.source) ?? 0;
    ordinals.set(spec.source, ordinal + 1);
    return { ...spec, id, ordinal };
  });
}

export function buildDuplicateGroups(channels: readonly Channel[], duplicateRate: number): DuplicateGroup[] {
  const groups: DuplicateGroup[] = [];
  const countriesInUse = [...new Set(channels.map((channel) => channel.country))];
  for (const country of countriesInUse) {
    const local = channels.filter((channel) => channel.country === country);
    for (const members of subsetsOfTwoOrThree(local)) {
      const boards = members.filter((channel) => channel.board);
      if (boards.length > 1) continue;
      const rate = members.length === 2 ? duplicateRate : duplicateRate * 0.4;
      groups.push({ id: groups.length, channelIds: members.map((m) => m.id), country, board: boards[0]?.board, rate });
    }
  }
  return groups;
}

function subsetsOfTwoOrThree<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      subsets.push([items[a], items[b]]);
      for (let c = b + 1; c < items.length; c++) subsets.push([items[a], items[b], items[c]]);
    }
  }
  return subsets;
}

/** Splits a source's volume over its channels by weight; the parts always add up to the total. */
export function splitVolume(total: number, channels: readonly Channel[]): number[] {
  const weightSum = channels.reduce((sum, channel) => sum + channel.weight, 0);
  const parts = channels.map((channel) => Math.floor((total * channel.weight) / weightSum));
  let remainder = total - parts.reduce((sum, part) => sum + part, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % parts.length, remainder--) parts[i]++;
  return parts;
}
