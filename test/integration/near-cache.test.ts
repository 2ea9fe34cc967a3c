/**
 * The near cache against a real Redis: copies served without a round trip, and never stale —
 * another connection's write, a write during a read, a lost listener and a reconnect each drop them.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createRedisCacheBus } from "../../src/cache/index.ts";
import { createNearCache } from "../../src/cache/near-cache.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { eventually } from "../helpers/harness.ts";

const url = process.env.REDIS_URL;
const logger = createLogger({ level: "silent" });
const cleanup: (() => unknown)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

const connection = async () => {
  const r = new Redis(url!, { lazyConnect: true });
  await r.connect();
  cleanup.push(() => r.quit());
  return r;
};

async function setUp() {
  const main = await connection();
  const other = await connection();
  const near = createNearCache({ url: url!, main, logger });
  cleanup.push(() => near.close());
  await eventually(() => expect(near.active()).toBe(true));
  const key = `velro-t-near:${randomBytes(4).toString("hex")}`;
  let fetches = 0;
  const read = () =>
    near.read(key, () => {
      fetches++;
      return main.get(key);
    });
  return { main, other, near, key, read, fetches: () => fetches };
}

describe.skipIf(!url)("near cache (redis client-side caching)", () => {
  it("serves a read-mostly key from this process until another connection changes it", async () => {
    const t = await setUp();
    await t.other.set(t.key, "one");
    expect(await t.read()).toBe("one");
    expect(await t.read()).toBe("one");
    expect(t.fetches()).toBe(1);
    await t.other.set(t.key, "two");
    await eventually(async () => expect(await t.read()).toBe("two"));
    expect(t.fetches()).toBe(2);
    // A missing key is a value too, and its creation elsewhere is reported like a change.
    await t.other.del(t.key);
    await eventually(async () => expect(await t.read()).toBeNull());
    await t.other.set(t.key, "three");
    await eventually(async () => expect(await t.read()).toBe("three"));
  });

  it("keeps nothing read while a change was on its way", async () => {
    const t = await setUp();
    await t.other.set(t.key, "old");
    await t.main.get(t.key); // tracked from here on
    const value = await t.near.read(t.key, async () => {
      const v = await t.main.get(t.key);
      await t.other.set(t.key, "new");
      await new Promise((r) => setTimeout(r, 50)); // the invalidation arrives before the answer is used
      return v;
    });
    expect(value).toBe("old");
    expect(await t.read()).toBe("new");
  });

  it("drops a copy this process writes, since Redis does not report its own writes", async () => {
    const t = await setUp();
    await t.other.set(t.key, "a");
    expect(await t.read()).toBe("a");
    t.near.drop(t.key);
    await t.main.set(t.key, "b");
    expect(await t.read()).toBe("b");
    expect(t.fetches()).toBe(2);
    // The write ended tracking for everyone; the read above started it again.
    await t.other.set(t.key, "c");
    await eventually(async () => expect(await t.read()).toBe("c"));
  });

  it("keeps what this process writes with a read-back, and still hears of the next change", async () => {
    const t = await setUp();
    const store = (value: string) => () =>
      t.main.eval("redis.call('SET', KEYS[1], ARGV[1]) return redis.call('GET', KEYS[1])", 1, t.key, value);
    await t.near.write(t.key, "v1", store("v1"));
    expect(await t.read()).toBe("v1");
    expect(t.fetches()).toBe(0);
    await t.other.set(t.key, "v2");
    await eventually(async () => expect(await t.read()).toBe("v2"));
    // A change landing while the write is on its way wins over the written value.
    await t.near.write(t.key, "v3", async () => {
      await store("v3")();
      await t.other.set(t.key, "v4");
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await t.read()).toBe("v4");
  });

  it("forgets everything when the listener is lost, and comes back on its own", async () => {
    const t = await setUp();
    await t.other.set(t.key, "x");
    await t.read();
    // The listener is the connection this one's invalidations are redirected to.
    const info = (await t.main.call("CLIENT", "TRACKINGINFO")) as unknown[];
    const id = info[info.indexOf("redirect") + 1] as number;
    expect(id).toBeGreaterThan(0);
    await t.other.client("KILL", "ID", String(id));
    await eventually(() => expect(t.near.active()).toBe(false));
    await t.other.set(t.key, "y");
    expect(await t.read()).toBe("y");
    await eventually(() => expect(t.near.active()).toBe(true), 5_000);
    const before = t.fetches();
    expect(await t.read()).toBe("y");
    expect(await t.read()).toBe("y");
    expect(t.fetches()).toBe(before + 1);
  });

  it("sets tracking up again after the main connection reconnects", async () => {
    const t = await setUp();
    await t.other.set(t.key, "p");
    await t.read();
    t.main.disconnect(true);
    // Changes made while it is away are never reported to it: nothing may be served from before.
    await eventually(() => expect(t.near.active()).toBe(false));
    await t.other.set(t.key, "p2");
    expect(await t.read()).toBe("p2");
    await eventually(() => expect(t.main.status).toBe("ready"));
    await eventually(() => expect(t.near.active()).toBe(true), 5_000);
    expect(await t.read()).toBe("p2");
    await t.other.set(t.key, "q");
    await eventually(async () => expect(await t.read()).toBe("q"));
  });

  it("two instances' CacheBus: a value one writes is what the other reads next", async () => {
    const keyPrefix = `velro-t-${randomBytes(4).toString("hex")}:`;
    const a: CacheBus = await createRedisCacheBus({ url: url!, logger, keyPrefix });
    const b: CacheBus = await createRedisCacheBus({ url: url!, logger, keyPrefix });
    cleanup.push(
      () => a.close(),
      () => b.close(),
    );
    await b.set("locale:u:1", "en", 60_000);
    await eventually(async () => expect(await a.get("locale:u:1", { near: true })).toBe("en"));
    await b.set("locale:u:1", "ru", 60_000);
    await eventually(async () => expect(await a.get("locale:u:1", { near: true })).toBe("ru"));
    // A version each publishes with `near`, the other reads with `near`.
    await a.set("v:1", "a1", 60_000, { near: true });
    expect(await a.get("v:1", { near: true })).toBe("a1");
    await eventually(async () => expect(await b.get("v:1", { near: true })).toBe("a1"));
    await b.set("v:1", "b1", 60_000, { near: true });
    await eventually(async () => expect(await a.get("v:1", { near: true })).toBe("b1"));
    expect(await b.get("v:1", { near: true })).toBe("b1");
    await a.del("locale:u:1");
    expect(await a.get("locale:u:1", { near: true })).toBeNull();
    expect(await b.get("locale:u:1", { near: true })).toBeNull();
  });
});
