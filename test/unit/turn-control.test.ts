/**
 * The turn-control object on its own: stops reach the right reply here, and on another instance
 * through the shared cache and bus (two control objects over one bus are two instances; with
 * REDIS_URL also two separate Redis connections sharing a prefix).
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus, createRedisCacheBus } from "../../src/cache/index.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { publishEvent } from "../../src/services/events.ts";
import { openTurnControl, type TurnControl } from "../../src/services/turn-control.ts";
import { eventually } from "../helpers/harness.ts";

const logger = createLogger({ level: "silent" });
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

/** Two buses that see each other's keys and messages (one in-process bus used twice, or Redis). */
type Pair = () => Promise<[CacheBus, CacheBus]>;
const pairs: [string, Pair][] = [
  [
    "memory",
    async () => {
      const bus = createMemoryCacheBus();
      closers.push(() => bus.close());
      return [bus, bus];
    },
  ],
];
if (process.env.REDIS_URL) {
  pairs.push([
    "redis",
    async () => {
      const keyPrefix = `velro-t-${randomBytes(4).toString("hex")}:`;
      const open = () => createRedisCacheBus({ url: process.env.REDIS_URL!, logger, keyPrefix });
      const buses: [CacheBus, CacheBus] = [await open(), await open()];
      for (const b of buses) closers.push(() => b.close());
      return buses;
    },
  ]);
}

async function control(bus: CacheBus): Promise<TurnControl> {
  const c = await openTurnControl({ bus, logger, ttlMs: 60_000 });
  closers.push(() => c.close());
  return c;
}

/** Waits until the note of a running turn reached the shared cache (begin() does not wait). */
const noted = (bus: CacheBus, chatId: number) => eventually(() => bus.get(`turn:${chatId}`));

describe("turn control on one instance", () => {
  it("stops the chat's running reply, and only while it runs", async () => {
    const turns = await control(createMemoryCacheBus());
    const turn = turns.begin(1);
    const other = turns.begin(2);
    expect(turns.isRunning(1)).toBe(true);
    expect(await turns.cancel(1)).toBe(true);
    expect(turn.signal.aborted).toBe(true);
    expect(other.signal.aborted).toBe(false);
    // A second press while the stopped reply is still closing is not "nothing to stop".
    expect(await turns.cancel(1)).toBe(true);
    turn.end();
    other.end();
    expect(turns.isRunning(1)).toBe(false);
    expect(await turns.cancel(1)).toBe(false);
  });

  it("a button or draft stops only the reply it belongs to", async () => {
    const turns = await control(createMemoryCacheBus());
    const turn = turns.begin(5);
    expect(await turns.cancel(5, { turnId: "someone-else" })).toBe(false);
    expect(await turns.cancel(5, { draftId: turn.draftBase - 1 })).toBe(false);
    expect(turn.signal.aborted).toBe(false);
    expect(await turns.cancel(5, { draftId: turn.draftBase + 2 })).toBe(true);
    expect(turn.signal.aborted).toBe(true);
    turn.end();
    const next = turns.begin(5);
    expect(await turns.cancel(5, { turnId: turn.id })).toBe(false);
    expect(await turns.cancel(5, { turnId: next.id })).toBe(true);
    next.end();
  });
});

describe.each(pairs)("turn control across instances (%s)", (_name, makePair) => {
  /** Instance A writes a reply in `chatId`; B is where the stops arrive. */
  async function replyOnA(chatId: number) {
    const [busA, busB] = await makePair();
    const a = await control(busA);
    const b = await control(busB);
    const turn = a.begin(chatId);
    await noted(busB, chatId);
    return { b, busB, turn };
  }

  it("a stop received by another instance aborts the reply where it runs", async () => {
    const { b, busB, turn } = await replyOnA(10);
    expect(b.isRunning(10)).toBe(false);
    expect(await b.cancel(10, { turnId: "not-this-one" })).toBe(false);
    expect(await b.cancel(10)).toBe(true);
    await eventually(() => turn.signal.aborted, 2_000);
    turn.end();
    // Once the reply has ended, the note is gone and nothing is left to stop anywhere.
    await eventually(async () => (await busB.get("turn:10")) === null, 2_000);
    expect(await b.cancel(10)).toBe(false);
  });

  it("the draft's stop button works from another instance", async () => {
    const { b, turn } = await replyOnA(11);
    expect(await b.cancel(11, { draftId: turn.draftBase + 5_000 })).toBe(false);
    expect(await b.cancel(11, { draftId: turn.draftBase })).toBe(true);
    await eventually(() => turn.signal.aborted, 2_000);
    turn.end();
  });

  it("a late stop without a turn id spares a reply that began after it was sent", async () => {
    const [busA] = await makePair();
    const a = await control(busA);
    // As another instance publishes it when it could not read the cache: no turn id, sent `agoMs` ago.
    const stopFromElsewhere = (agoMs: number) =>
      publishEvent(busA, {
        type: "turn.cancel",
        chatId: 12,
        ts: new Date(Date.now() - agoMs).toISOString(),
        payload: { instance: "elsewhere" },
      });
    const turn = a.begin(12);
    await stopFromElsewhere(1_000);
    await stopFromElsewhere(0);
    await eventually(() => turn.signal.aborted, 2_000);
    turn.end();
    const fresh = a.begin(12);
    await stopFromElsewhere(1_000);
    // Events arrive in order: once a later stop for another chat has landed, the stale one has too.
    const marker = a.begin(13);
    await publishEvent(busA, {
      type: "turn.cancel",
      chatId: 13,
      ts: new Date().toISOString(),
      payload: { instance: "elsewhere" },
    });
    await eventually(() => marker.signal.aborted, 2_000);
    expect(fresh.signal.aborted).toBe(false);
    marker.end();
    fresh.end();
  });
});
