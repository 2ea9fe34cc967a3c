/**
 * TRUST_PROXY: which address a request is counted under. X-Forwarded-For is believed exactly as far
 * as the setting says (a hop count, or the proxies' addresses), so a client behind the balancer gets
 * its own bucket, and a client that writes the header itself cannot pick someone else's.
 */
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ConfigError, createConfig } from "../../src/config/config.ts";
import { createClientIp, parseProxyEntry } from "../../src/http/client-ip.ts";

const request = (peer: string, forwarded?: string | string[]) =>
  ({
    socket: { remoteAddress: peer },
    headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded },
  }) as unknown as IncomingMessage;

describe("client address", () => {
  it("is the socket's peer when TRUST_PROXY is unset or 0, whatever the header says", () => {
    for (const trust of [undefined, 0, []]) {
      const ip = createClientIp(trust);
      expect(ip(request("10.0.0.2", "203.0.113.7"))).toBe("10.0.0.2");
    }
    // An IPv4 client on a dual-stack socket is counted under its IPv4 spelling.
    expect(createClientIp(undefined)(request("::ffff:198.51.100.4"))).toBe("198.51.100.4");
  });

  it("with a hop count, is the entry that many proxies back, never further than the header goes", () => {
    const one = createClientIp(1);
    expect(one(request("10.0.0.2", "203.0.113.7"))).toBe("203.0.113.7");
    // The client wrote its own header: the balancer appended the real address at the right.
    expect(one(request("10.0.0.2", "198.51.100.99, 203.0.113.7"))).toBe("203.0.113.7");
    // Header lines sent twice count as one list.
    expect(one(request("10.0.0.2", ["198.51.100.99", "203.0.113.7"]))).toBe("203.0.113.7");
    expect(one(request("10.0.0.2"))).toBe("10.0.0.2");
    const two = createClientIp(2);
    expect(two(request("10.0.0.2", "203.0.113.7, 10.0.0.9"))).toBe("203.0.113.7");
    expect(two(request("10.0.0.2", "10.0.0.9"))).toBe("10.0.0.9");
  });

  it("with addresses and ranges, is the first hop from the service that is not a trusted proxy", () => {
    const ip = createClientIp(["10.0.0.0/8", "192.168.1.4", "fd00::/8"]);
    expect(ip(request("10.1.2.3", "203.0.113.7"))).toBe("203.0.113.7");
    expect(ip(request("10.1.2.3", "203.0.113.7, 192.168.1.4, 10.9.9.9"))).toBe("203.0.113.7");
    expect(ip(request("fd00::1", "2001:db8::5"))).toBe("2001:db8::5");
    expect(ip(request("::ffff:10.1.2.3", "203.0.113.7"))).toBe("203.0.113.7");
    // A spoofed entry left of an untrusted hop is never reached.
    expect(ip(request("10.1.2.3", "10.0.0.5, 203.0.113.7"))).toBe("203.0.113.7");
    // A request that did not come through a trusted proxy: its header means nothing.
    expect(ip(request("198.51.100.4", "203.0.113.7"))).toBe("198.51.100.4");
    // Every hop trusted: the furthest one is the best we know.
    expect(ip(request("10.1.2.3", "10.0.0.5"))).toBe("10.0.0.5");
  });

  it("stops at an entry that is not an address", () => {
    expect(createClientIp(3)(request("10.0.0.2", "203.0.113.7, unknown, 10.0.0.3"))).toBe("10.0.0.3");
    expect(createClientIp(["10.0.0.0/8"])(request("10.0.0.2", "garbage"))).toBe("10.0.0.2");
  });
});

describe("TRUST_PROXY setting", () => {
  const config = (value: string) => createConfig({ BOT_TOKEN: "1:abc", TRUST_PROXY: value }).trustProxy;

  it("reads a hop count or a list of addresses and ranges", () => {
    expect(config("")).toBeUndefined();
    expect(config("1")).toBe(1);
    expect(config(" 10.0.0.0/8, 192.168.1.4 fd00::/8 ")).toEqual(["10.0.0.0/8", "192.168.1.4", "fd00::/8"]);
  });

  it("refuses entries that are not addresses or ranges, naming them", () => {
    for (const bad of ["10.0.0.0/33", "loadbalancer", "10.0.0.1/8/2", "::1/129", "-1"]) {
      expect(parseProxyEntry(bad), bad).toBeUndefined();
      expect(() => config(`10.0.0.1,${bad}`), bad).toThrow(ConfigError);
    }
    expect(() => config("10.0.0.1, lb.internal")).toThrow(/TRUST_PROXY.*lb\.internal/);
  });
});
