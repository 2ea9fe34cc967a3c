import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus, createRedisCacheBus } from "../../src/cache/index.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { eventually } from "../helpers/harness.ts";

const logger = createLogger({ level: "silent" });
const opened: CacheBus[] = [];

const implementations: [string, () => Promise<CacheBus>][] = [["memory", async () => createMemoryCacheBus()]];
if (process.env.REDIS_URL) {
  implementations.push([
    "redis",
    () =>
      createRedisCacheBus({
        url: process.env.REDIS_URL!,
        logger,
        keyPrefix: `velro-t-${randomBytes(4).toString("hex")}:`,
      }),
  ]);
}

afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
});

describe.each(implementations)("CacheBus (%s)", (_name, make) => {
  const open = async () => {
    const c = await make();
    opened.push(c);
    return c;
  };

  it("claims a key once until it expires", async () => {
    const c = await open();
    expect(await c.claim("update:1", 200)).toBe(true);
    expect(await c.claim("update:1", 200)).toBe(false);
    await new Promise((r) => setTimeout(r, 260));
    expect(await c.claim("update:1", 200)).toBe(true);
  });

  it("concurrent claims of one key let exactly one through", async () => {
    const c = await open();
    const results = await Promise.all(Array.from({ length: 20 }, () => c.claim("race", 5_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("stores values with a ttl and deletes them", async () => {
    const c = await open();
    await c.set("k", "v", 5_000);
    expect(await c.get("k")).toBe("v");
    await c.del("k");
    expect(await c.get("k")).toBeNull();
  });

  it("deletes a key only while it holds the given value", async () => {
    const c = await open();
    await c.set("note", "mine", 5_000);
    expect(await c.delIf("note", "theirs")).toBe(false);
    expect(await c.get("note")).toBe("mine");
    expect(await c.delIf("note", "mine")).toBe(true);
    expect(await c.get("note")).toBeNull();
    expect(await c.delIf("note", "mine")).toBe(false);
  });

  it("pushes to capped lists once per claim, oldest items dropped", async () => {
    const c = await open();
    const lists = [
      { key: "l:user", maxLength: 2 },
      { key: "l:all", maxLength: 3 },
    ];
    for (const id of ["e1", "e2", "e3", "e4"])
      expect(await c.pushOnce(`rec:${id}`, lists, id, 5_000)).toBe(true);
    // Another instance recording the same event: nothing changes.
    const again = await Promise.all([
      c.pushOnce("rec:e4", lists, "e4", 5_000),
      c.pushOnce("rec:e4", lists, "e4", 5_000),
    ]);
    expect(again).toEqual([false, false]);
    expect(await c.listRange("l:user")).toEqual(["e3", "e4"]);
    expect(await c.listRange("l:all")).toEqual(["e2", "e3", "e4"]);
    expect(await c.listRange("l:none")).toEqual([]);
  });

  it("rate-limits within a sliding window and says when to retry", async () => {
    const c = await open();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await c.rateLimit("rl:7", 3, 1_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]!.retryAfterMs).toBeGreaterThan(0);
    expect(results[3]!.retryAfterMs).toBeLessThanOrEqual(1_000);
    expect(results[1]!.remaining).toBe(1);
  });

  it("delivers published messages to subscribers until they unsubscribe", async () => {
    const c = await open();
    const got: string[] = [];
    // A second subscriber stays on: once it has heard a message, the first would have too.
    const witness: string[] = [];
    const unsubscribe = await c.subscribe("chan", (m) => got.push(m));
    const unsubscribeWitness = await c.subscribe("chan", (m) => witness.push(m));
    await c.publish("chan", "one");
    await eventually(() => got.includes("one") && witness.includes("one"));
    await unsubscribe();
    await c.publish("chan", "two");
    await eventually(() => witness.includes("two"));
    expect(got).toEqual(["one"]);
    await unsubscribeWitness();
  });
});
