import { describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import { createVersionedCache } from "../../src/cache/versioned.ts";

const options = { prefix: "v:", ttlMs: 60_000, maxEntries: 2 };

describe("versioned in-process cache", () => {
  it("serves a copy while no instance has published since, and not after", async () => {
    const shared = createMemoryCacheBus();
    const a = createVersionedCache<string>({ cache: shared, ...options });
    const b = createVersionedCache<string>({ cache: shared, ...options });
    const first = await a.lookup("k");
    expect(first).toEqual({ version: "", entry: undefined });
    a.remember("k", "loaded", first.version);
    expect((await a.lookup("k")).entry?.value).toBe("loaded");

    // Another instance writes: a's copy no longer matches the shared version.
    const version = await b.publish("k");
    expect(version).not.toBe("");
    expect(await a.lookup("k")).toEqual({ version, entry: undefined });
    a.remember("k", "reloaded", version);
    expect((await a.lookup("k")).entry?.value).toBe("reloaded");
    await shared.close();
  });

  it("publishes a given version and leaves local copies to the caller", async () => {
    const shared = createMemoryCacheBus();
    const c = createVersionedCache<number[]>({ cache: shared, ...options });
    const entry = c.remember("w", [1], "1");
    await c.publish("w", "2");
    expect(c.peek("w")).toBe(entry);
    expect((await c.lookup("w")).entry).toBeUndefined();
    entry.version = "2";
    expect((await c.lookup("w")).entry).toBe(entry);
    await shared.close();
  });

  it("drops the least recently used copy past its bound", async () => {
    const shared = createMemoryCacheBus();
    const c = createVersionedCache<string>({ cache: shared, ...options });
    c.remember("a", "A", "");
    c.remember("b", "B", "");
    await c.lookup("a"); // a is now the most recently used
    c.remember("c", "C", "");
    expect(c.peek("a")?.value).toBe("A");
    expect(c.peek("b")).toBeUndefined();
    expect(c.peek("c")?.value).toBe("C");
    await shared.close();
  });
});
