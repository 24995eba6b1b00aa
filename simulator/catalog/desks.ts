import { hashString, Rng, unitHash } from "../random";
import type { BoardCompany } from "../vocabulary/companies";
import { countries, type City } from "../vocabulary/places";
import { roles, seniorities, type Role, type Seniority } from "../vocabulary/roles";

/**
 * Hiring desks: how world jobs get their employer and position without ever looking at another job.
 *
 * Every stream of world jobs (one channel's own jobs, or one duplicate group's shared ones) is cut
 * into desks: slot s of a stream with P desks goes to desk s mod P, and P is the number of slots the
 * stream fills in `DESK_PERIOD_MS`. A desk is one opening that an employer re-advertises at most once
 * per period, and slots are spread evenly over time, so the same desk recurs only about 35 days later.
 *
 * - Aggregator streams: consecutive desks belong to one employer (1 to 4 desks each), the employer's
 *   desks hire for different roles, and every stream and segment gets employers of its own. Two
 *   distinct jobs within a period therefore never share company and role.
 * - ATS board streams (one employer by definition): each desk is a distinct position (role, team,
 *   market, specialism and seniority, hence a distinct title: see `boardPosition`). A board has
 *   several streams (its own channel's jobs and every duplicate group it is in, in every segment), and they all draw
 *   disjoint runs from one cursor per board, so no two streams share a position while the cursor
 *   has not wrapped. A board has `BOARD_POSITIONS` of them (32,760), so within a desk period it
 *   repeats none unless it posts more jobs than that in the period (also via `advance`).
 */
export const DESK_PERIOD_MS = 35 * 86_400_000;

/** Desks per employer, repeating; small employers dominate, a few hire for several roles at once. */
const companySizes = [1, 2, 1, 1, 3, 1, 2, 1, 4, 1, 1, 2] as const;
const desksPerBlock = companySizes.reduce((sum: number, size) => sum + size, 0);
const sizeStarts = companySizes.map((_, i) => companySizes.slice(0, i).reduce((sum: number, size) => sum + size, 0));

/**
 * Desks a stream of `slots` world jobs over `durationMs` needs so each recurs once per period at
 * most, plus `extra` desks (slots' worth of time by which a copy can be posted after its slot).
 */
export function desksFor(slots: number, durationMs: number, extra = 0): number {
  if (slots <= 0) return 0;
  return Math.min(slots, Math.max(1, Math.ceil((slots * DESK_PERIOD_MS) / Math.max(1, durationMs))) + extra);
}

/** The employer (counted within the stream) a desk belongs to, and which of its desks it is. */
export function companyOfDesk(desk: number): { company: number; seat: number; seats: number } {
  const block = Math.floor(desk / desksPerBlock);
  const rest = desk % desksPerBlock;
  let i = companySizes.length - 1;
  while (sizeStarts[i] > rest) i--;
  return { company: block * companySizes.length + i, seat: rest - sizeStarts[i], seats: companySizes[i] };
}

export function companiesForDesks(desks: number): number {
  return desks <= 0 ? 0 : companyOfDesk(desks - 1).company + 1;
}

/** Market qualifiers that extend a busy board's teams ("Payments EMEA") once plain teams run out. */
const teamMarkets = [
  "EMEA", "Americas", "APAC", "Enterprise", "SMB", "New Markets", "Core", "Expansion", "Partnerships", "International",
  "Public Sector", "Healthcare", "Retail", "Financial Services", "Automotive", "Media", "Education", "Telecoms", "Energy", "Travel",
];
/**
 * What tells a board's positions apart besides (role, team): market, specialism (none, or one of
 * the role's first three skills, "Data Analyst, Pricing (SQL)") and seniority. All of them are in
 * the title, and the title alone must differ: remote postings drop the city, and the app then keys
 * on "remote, country".
 */
interface Variant {
  market: number;
  specialism: number;
  seniority: Seniority;
}

const variants: Variant[] = [];
for (let market = 0; market <= teamMarkets.length; market++) {
  for (let specialism = 0; specialism < 4; specialism++) {
    for (const { level } of seniorities) variants.push({ market, specialism, seniority: level });
  }
}

const roleTeams = roles.flatMap((role) => role.teams.map((team) => ({ role, team })));

/** Distinct positions (and so distinct titles) every board has. */
export const BOARD_POSITIONS = roleTeams.length * variants.length;

/**
 * Per (role, team), its variants in a fixed weighted shuffle (each next one drawn by weight from
 * those left): seniority as `seniorities` weighs it, a specialism in about a third of titles, and
 * markets only once most plain-team variants are taken. A quiet board uses only the first few.
 */
const seniorityWeight = Object.fromEntries(seniorities.map(({ level, weight }) => [level, weight])) as Record<Seniority, number>;
const variantWeight = (variant: Variant) => seniorityWeight[variant.seniority] * (variant.specialism > 0 ? 0.1 : 0.7) * (variant.market > 0 ? 0.03 : 1);
const variantOrder: Variant[][] = roleTeams.map((_, pair) =>
  variants
    // Exponential clocks: sorting by -ln(u) / weight is a weighted shuffle without replacement.
    .map((variant, v) => ({ variant, clock: -Math.log(1 - unitHash(7, pair, v)) / variantWeight(variant) }))
    .sort((a, b) => a.clock - b.clock)
    .map(({ variant }) => variant),
);

export interface BoardPosition {
  role: Role;
  team: string;
  city: City;
  seniority: Seniority;
  specialism?: string;
}

/**
 * Position `index` of a board, modulo `BOARD_POSITIONS`. Positions come in layers of one variant
 * per (role, team), shuffled so a run of positions mixes roles; layer n holds each pair's n-th most
 * ordinary variant. Each position has one office city.
 */
export function boardPosition(board: BoardCompany, index: number): BoardPosition {
  const wrapped = ((index % BOARD_POSITIONS) + BOARD_POSITIONS) % BOARD_POSITIONS;
  const layer = Math.floor(wrapped / roleTeams.length);
  const pair = ((wrapped % roleTeams.length) * ROLE_STRIDE + layer * 31) % roleTeams.length;
  const { role, team } = roleTeams[pair];
  const variant = variantOrder[pair][layer];
  const city = Rng.from(hashString(board.token), pair, layer).weighted(countries[board.country].cities);
  return {
    role,
    team: variant.market === 0 ? team : `${team} ${teamMarkets[variant.market - 1]}`,
    city,
    seniority: variant.seniority,
    specialism: variant.specialism > 0 ? role.skills[variant.specialism - 1] : undefined,
  };
}

/** Coprime to the number of (role, team) pairs, so the shuffle inside a layer is a permutation. */
const ROLE_STRIDE = coprimeStride(roleTeams.length);

function coprimeStride(size: number): number {
  let stride = 389;
  while (gcd(stride, size) !== 1) stride += 2;
  return stride;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Where one world job sits: its desk, and the first employer index or board position of its stream. */
export interface DeskRef {
  desk: number;
  /** Aggregator streams: the country-wide index of the stream's first employer. Boards: first position. */
  start: number;
  board?: BoardCompany;
}
