import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { ValidationError } from "@/lib/errors";

/** Every range that is not a public unicast address (RFC 6890 and friends). */
const nonPublic = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  nonPublic.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const) {
  nonPublic.addSubnet(network, prefix, "ipv6");
}

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** The IPv4 address inside an IPv4-mapped IPv6 one (::ffff:127.0.0.1 or ::ffff:7f00:1), judged as that address. */
function mappedIpv4(address: string): string | null {
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** True for loopback, private, link-local, shared, documentation, multicast and reserved addresses. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6) {
    const mapped = mappedIpv4(address);
    if (mapped) return nonPublic.check(mapped, "ipv4");
    return nonPublic.check(address, "ipv6");
  }
  return nonPublic.check(address, "ipv4");
}

export type UrlPolicy = { strict: boolean; resolve?: Resolver };

/** The URL's shape: http(s), no credentials; https only when strict. Throws a ValidationError otherwise. */
export function parseWebhookUrl(raw: string, policy: UrlPolicy): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ValidationError("The URL is not a valid absolute URL.", { url: "invalid" });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ValidationError("The URL must start with https://.", { url: "scheme" });
  if (policy.strict && url.protocol !== "https:") throw new ValidationError("The URL must use https in production.", { url: "https_required" });
  if (url.username || url.password) throw new ValidationError("The URL must not carry a user name or password.", { url: "credentials" });
  return url;
}

/**
 * Where a webhook URL may be delivered: its addresses, checked. When strict, every address the
 * host resolves to must be public (one private answer is enough to refuse: DNS may rotate), and
 * the caller connects to the returned address, so a later lookup cannot swap it (DNS rebinding).
 */
export async function resolveWebhookTarget(raw: string, policy: UrlPolicy): Promise<{ url: URL; target: ResolvedAddress }> {
  const url = parseWebhookUrl(raw, policy);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(host);
    } catch {
      throw new ValidationError(`The host ${host} does not resolve.`, { url: "unresolvable" });
    }
  }
  if (addresses.length === 0) throw new ValidationError(`The host ${host} does not resolve.`, { url: "unresolvable" });
  if (policy.strict) {
    const refused = addresses.find((a) => isNonPublicAddress(a.address));
    if (refused) throw new ValidationError(`The URL resolves to a private, loopback or reserved address (${refused.address}).`, { url: "private_address" });
  }
  return { url, target: addresses[0] };
}
