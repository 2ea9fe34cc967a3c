/**
 * The in-process cache's expiry on an injected clock: keys live exactly their TTL, claims free up
 * at that moment and not before, and the rate-limit window slides with time. Moving the clock by
 * hand proves each boundary without sleeping.
 */
import { describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";

function clocked() {
  let t = 1_000_000;
  const bus = createMemoryCacheBus({ now: () => t });
  const advance = (ms: number) => {
    t += ms;
  };
  return { bus, advance };
}

describe("memory cache expiry (injected clock)", () => {
  it("frees a claim exactly when its TTL runs out", async () => {
    const { bus, advance } = clocked();
    expect(await bus.claim("update:1", 200)).toBe(true);
    advance(199);
    expect(await bus.claim("update:1", 200)).toBe(false);
    advance(1);
    expect(await bus.claim("update:1", 200)).toBe(true);
    await bus.close();
  });

  it("forgets a value at its TTL and keeps it until then", async () => {
    const { bus, advance } = clocked();
    await bus.set("k", "v", 1_000);
    advance(999);
    expect(await bus.get("k")).toBe("v");
    advance(1);
    expect(await bus.get("k")).toBeNull();
    await bus.close();
  });

  it("lets requests through again as the rate-limit window slides past old ones", async () => {
    const { bus, advance } = clocked();
    for (let i = 0; i < 3; i++) expect((await bus.rateLimit("rl", 3, 1_000)).allowed).toBe(true);
    advance(400);
    const refused = await bus.rateLimit("rl", 3, 1_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(600);
    advance(600);
    expect((await bus.rateLimit("rl", 3, 1_000)).allowed).toBe(true);
    await bus.close();
  });
});
