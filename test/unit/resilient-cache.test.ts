/**
 * A Redis that stops answering (no error, just silence) must not hold a turn up for longer than the
 * cache's deadline: the call fails over to the in-process fallback, which then serves every call.
 */
import { describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/memory.ts";
import { createResilientCacheBus } from "../../src/cache/resilient.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { createLogger } from "../../src/observability/logger.ts";

/** A primary whose calls hang while `silent` is set. */
function hangingPrimary() {
  const inner = createMemoryCacheBus();
  const state = { silent: false };
  const bus = new Proxy(inner, {
    get(target, key) {
      const value = Reflect.get(target, key);
      if (typeof value !== "function" || key === "close") return value;
      return (...args: unknown[]) =>
        state.silent ? new Promise(() => {}) : (value as (...a: unknown[]) => unknown).apply(target, args);
    },
  }) as CacheBus;
  return { bus, state };
}

describe("resilient cache", () => {
  it("times a silent primary out within its deadline and serves from the fallback", async () => {
    const primary = hangingPrimary();
    const fallback = createMemoryCacheBus();
    await fallback.set("k", "from fallback", 60_000);
    const cache = createResilientCacheBus({
      primary: { ...primary.bus, kind: "redis" },
      fallback,
      logger: createLogger({ level: "silent" }),
      opTimeoutMs: 200,
      probeIntervalMs: 60_000,
    });
    await cache.set("k", "from primary", 60_000);
    expect(await cache.get("k")).toBe("from primary");
    expect(cache.status?.()).toBe("ok");

    primary.state.silent = true;
    const started = performance.now();
    expect(await cache.get("k")).toBe("from fallback");
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(190);
    expect(waited).toBeLessThan(1_000);
    expect(cache.status?.()).toBe("degraded");
    // Degraded: straight to the fallback, no waiting.
    const next = performance.now();
    expect(await cache.get("k")).toBe("from fallback");
    expect(performance.now() - next).toBeLessThan(50);
    await cache.close();
  });

  it("lets answers that come in time through, many at once", async () => {
    const primary = hangingPrimary();
    const cache = createResilientCacheBus({
      primary: { ...primary.bus, kind: "redis" },
      fallback: createMemoryCacheBus(),
      logger: createLogger({ level: "silent" }),
      opTimeoutMs: 100,
    });
    await Promise.all(Array.from({ length: 50 }, (_, i) => cache.set(`k${i}`, String(i), 60_000)));
    await new Promise((r) => setTimeout(r, 250));
    const values = await Promise.all(Array.from({ length: 50 }, (_, i) => cache.get(`k${i}`)));
    expect(values).toEqual(Array.from({ length: 50 }, (_, i) => String(i)));
    expect(cache.status?.()).toBe("ok");
    await cache.close();
  });
});
