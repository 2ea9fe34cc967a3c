/**
 * Redis stopped and restarted under a running service (a throwaway redis-server of our own): the
 * bot keeps answering through the in-process fallback, /ready says "degraded" (503), and the
 * shared cache and bus come back when Redis does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { connect } from "../ws/client.ts";
import { startThrowawayRedis } from "./faults.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

let redis: Awaited<ReturnType<typeof startThrowawayRedis>>;
let s: ProdStack;
beforeAll(async () => {
  redis = await startThrowawayRedis();
  s = await startProdStack({ mode: "polling", env: { REDIS_URL: redis.url } });
});
afterAll(async () => {
  await s?.stop();
  await redis?.stop();
  await dropFreshDatabases();
});

const ready = async () => (await (await fetch(`${s.base}/ready`)).json()) as { status: string };
const texts = (chatId: number) =>
  s.tg.callsOf("sendMessage").filter((c) => c.ok && Number(c.payload.chat_id) === chatId);

async function chat(userId: number, text: string) {
  const n = texts(userId).length;
  await s.tg.dispatchUpdate(privateText(text, { userId }));
  await eventually(() => texts(userId).length > n, 10_000);
}

describe("Redis lost", () => {
  it("falls back with a warning, reports degraded, and recovers when Redis returns", async () => {
    expect(s.app.cache.kind).toBe("redis");
    expect((await ready()).status).toBe("ready");
    const ws = connect(`${s.base.replace("http", "ws")}/ws?token=${s.app.live.tokens.issue(9001).token}`);
    await ws.waitFor((f) => f.type === "ready");
    await chat(9001, "hello with redis");
    const messages = () => ws.events().filter((e) => e.type === "conversation.message").length;
    await eventually(() => messages() === 1);

    await redis.stop();
    await chat(9001, "hello without redis");
    const res = await fetch(`${s.base}/ready`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { status: string }).status).toBe("degraded");
    expect(s.lines.some((l) => l.includes("falling back to in-process cache"))).toBe(true);
    // Events still reach this instance's WebSocket clients through the local bus.
    await eventually(() => messages() === 2);
    const metrics = await s.app.metrics.registry.getSingleMetricAsString("velro_cache_degraded");
    expect(metrics).toMatch(/velro_cache_degraded 1/);

    await redis.start();
    await eventually(async () => (await ready()).status === "ready", 15_000);
    await chat(9001, "hello again with redis");
    await eventually(() => messages() === 3);
    expect(s.lines.some((l) => l.includes("redis is back"))).toBe(true);
    // Shared again: the rate-limit key now lives in Redis.
    expect(await s.app.cache.claim("probe:after-recovery", 60_000)).toBe(true);
    await ws.close();
  }, 60_000);
});
