/**
 * Who sent a request. Behind a load balancer the socket's peer is the balancer, so per-IP limits
 * would put every user in one bucket; the balancer names the client in `X-Forwarded-For`. That
 * header is written by whoever sends the request, so it is believed only as far as TRUST_PROXY
 * says: a number of proxy hops in front of the service, or the addresses (IPs and CIDR ranges) of
 * those proxies. Unset, the header is ignored.
 */
import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

/** How far X-Forwarded-For is believed: a hop count, or the proxies' addresses and ranges. */
export type TrustProxy = number | readonly string[] | undefined;

/** An IPv4 client on a dual-stack socket shows as ::ffff:1.2.3.4; one spelling keeps limits apart. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/**
 * Parses one TRUST_PROXY entry ("10.0.0.0/8", "192.168.1.4", "fd00::/8"); undefined when it is not
 * an address or a range. Exported so the configuration can reject a typo at start-up.
 */
export function parseProxyEntry(
  entry: string,
): { address: string; prefix?: number; family: "ipv4" | "ipv6" } | undefined {
  const [address = "", prefix, extra] = entry.trim().split("/");
  const version = isIP(address);
  if (!version || extra !== undefined) return undefined;
  const family = version === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) return { address, family };
  const bits = Number(prefix);
  if (!/^\d+$/.test(prefix) || bits > (version === 4 ? 32 : 128)) return undefined;
  return { address, prefix: bits, family };
}

function trustedList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = parseProxyEntry(entry);
    if (!parsed) throw new Error(`not an IP address or CIDR range: ${entry}`);
    if (parsed.prefix === undefined) list.addAddress(parsed.address, parsed.family);
    else list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list;
}

/**
 * Returns a function that names a request's client. The chain is the socket's peer followed by the
 * X-Forwarded-For entries from right (nearest) to left; with a hop count the client is that many
 * steps along it, with addresses it is the first entry that is not a trusted proxy. Either way the
 * walk stops at the end of the header or at an entry that is not an IP address, so a client can
 * only ever name an address no trusted proxy vouched for as itself.
 */
export function createClientIp(trust: TrustProxy): (req: IncomingMessage) => string {
  const peer = (req: IncomingMessage) => normalise(req.socket.remoteAddress ?? "unknown");
  if (trust === undefined || trust === 0 || (Array.isArray(trust) && trust.length === 0)) return peer;
  const chain = (req: IncomingMessage): string[] => {
    const header = req.headers["x-forwarded-for"];
    const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",").reverse();
    const addresses = [peer(req)];
    for (const entry of forwarded) {
      const address = normalise(entry.trim());
      if (!isIP(address)) break;
      addresses.push(address);
    }
    return addresses;
  };
  if (typeof trust === "number") {
    return (req) => {
      const addresses = chain(req);
      return addresses[Math.min(trust, addresses.length - 1)]!;
    };
  }
  const trusted = trustedList(trust as readonly string[]);
  const isTrusted = (address: string) => trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  return (req) => {
    const addresses = chain(req);
    let i = 0;
    while (i < addresses.length - 1 && isIP(addresses[i]!) && isTrusted(addresses[i]!)) i += 1;
    return addresses[i]!;
  };
}
