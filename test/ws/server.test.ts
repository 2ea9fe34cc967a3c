/**
 * The /ws protocol through real sockets: authentication and refusals, routing, invalid input,
 * limits, resume, heartbeats, slow consumers and shutdown. The bus is in-process, or Redis when
 * REDIS_URL is set.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CacheBus } from "../../src/cache/types.ts";
import { EVENTS_CHANNEL } from "../../src/services/events.ts";
import { signToken } from "../../src/ws/jwt.ts";
import { CLOSE } from "../../src/ws/protocol.ts";
import { publishAnyEvent } from "../helpers/events.ts";
import { eventually } from "../helpers/harness.ts";
import { connect, connectReady } from "./client.ts";
import { ADMIN_ID, type LiveServer, rawUpgrade, SECRET, startLiveServer } from "./setup.ts";

let s: LiveServer;
beforeAll(async () => {
  s = await startLiveServer({
    limits: { authTimeoutMs: 300, framesPerWindow: 8, windowMs: 60_000, maxPayload: 1024 },
    replay: { perUser: 5 },
  });
});
afterAll(async () => {
  await s?.stop();
});

describe("authentication", () => {
  it("accepts a token in the query, a Bearer header or a first auth frame", async () => {
    const a = await connectReady(s.url(`token=${s.token(1001)}`));
    const b = await connectReady(s.url(), { headers: { authorization: `Bearer ${s.token(1002)}` } });
    const c = connect(s.url());
    await c.opened;
    c.send({ type: "auth", token: s.token(1003) });
    const ready = await c.waitFor((f) => f.type === "ready");
    expect(ready).toMatchObject({ user_id: 1003, admin: false, streams: ["user"] });
    expect(a.frames[0]).toMatchObject({ type: "ready", user_id: 1001 });
    expect(b.frames[0]).toMatchObject({ type: "ready", user_id: 1002 });
    const admin = await connectReady(s.url(`token=${s.token(ADMIN_ID)}`));
    expect(admin.frames[0]).toMatchObject({ admin: true });
    await Promise.all([a.close(), b.close(), c.close(), admin.close()]);
  });

  it("refuses bad, expired, foreign and missing tokens with a clear close code and reason", async () => {
    const expired = signToken(SECRET, {
      userId: 1,
      admin: false,
      ttlSeconds: 60,
      now: Date.now() - 3_600_000,
    });
    const foreign = signToken("another-secret-another-secret-0000", {
      userId: 1,
      admin: true,
      ttlSeconds: 60,
    });
    const cases: [string, number, string][] = [
      [s.url("token=not.a.jwt"), CLOSE.unauthorized, "invalid token"],
      [s.url(`token=${expired.token}`), CLOSE.unauthorized, "token expired"],
      [s.url(`token=${foreign.token}`), CLOSE.unauthorized, "invalid token"],
      [s.url(), CLOSE.authTimeout, "auth timeout"],
    ];
    for (const [url, code, reason] of cases) {
      expect(await connect(url).closed).toEqual({ code, reason });
    }
    const wrongFirst = connect(s.url());
    await wrongFirst.opened;
    wrongFirst.send({ type: "ping" });
    expect((await wrongFirst.closed).code).toBe(CLOSE.unauthorized);
    expect(await s.metric("velro_ws_disconnects_total", { reason: "auth_timeout" })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it("does not treat a forged admin claim as admin unless ADMIN_IDS says so", async () => {
    const forged = signToken(SECRET, { userId: 1004, admin: true, ttlSeconds: 60 });
    const c = await connectReady(s.url(`token=${forged.token}`));
    expect(c.frames[0]).toMatchObject({ admin: false });
    c.send({ type: "subscribe", streams: ["all"] });
    expect(await c.waitFor((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    await c.close();
  });
});

describe("delivery", () => {
  it("gives each user only their own events, public events to everyone, and admins the streams they ask for", async () => {
    const alice = await connectReady(s.url(`token=${s.token(2001)}`));
    const bob = await connectReady(s.url(`token=${s.token(2002)}`));
    const admin = await connectReady(s.url(`token=${s.token(ADMIN_ID)}`));
    admin.send({ type: "subscribe", streams: ["all"], req: 7 });
    expect(await admin.waitFor((f) => f.type === "subscribed")).toMatchObject({
      streams: ["user", "all"],
      req: 7,
    });

    await publishAnyEvent(s.cache, { type: "credits.updated", userId: 2001, payload: { balance: 42 } });
    await publishAnyEvent(s.cache, { type: "metrics.internal", payload: { n: 1 } });
    await publishAnyEvent(s.cache, { type: "generation.progress", userId: 2002, payload: { jobId: "j1" } });
    await publishAnyEvent(s.cache, { type: "announcement", payload: { text: "hello all" } });

    for (const c of [alice, bob, admin]) await c.waitForEvent("announcement");
    expect(alice.events().map((e) => e.type)).toEqual(["credits.updated", "announcement"]);
    expect(alice.events()[0]).toMatchObject({ userId: 2001, payload: { balance: 42 } });
    expect(bob.events().map((e) => e.type)).toEqual(["generation.progress", "announcement"]);
    expect(admin.events().map((e) => e.type)).toEqual([
      "credits.updated",
      "metrics.internal",
      "generation.progress",
      "announcement",
    ]);
    for (const e of admin.events())
      expect(e).toMatchObject({ id: expect.any(String), ts: expect.any(String) });
    expect(
      await s.metric("velro_ws_messages_total", { direction: "out", type: "event" }),
    ).toBeGreaterThanOrEqual(8);
    await Promise.all([alice.close(), bob.close(), admin.close()]);
  });

  it("delivers to every connection of a user and counts connections by role", async () => {
    const one = await connectReady(s.url(`token=${s.token(2101)}`));
    const two = await connectReady(s.url(`token=${s.token(2101)}`));
    const admin = await connectReady(s.url(`token=${s.token(ADMIN_ID)}`));
    expect(await s.metric("velro_ws_connections", { role: "user" })).toBe(2);
    expect(await s.metric("velro_ws_connections", { role: "admin" })).toBe(1);
    await publishAnyEvent(s.cache, { type: "generation.completed", userId: 2101, payload: { jobId: "x" } });
    await one.waitForEvent("generation.completed");
    await two.waitForEvent("generation.completed");
    await Promise.all([one.close(), two.close(), admin.close()]);
    await eventually(async () => (await s.metric("velro_ws_connections", { role: "user" })) === 0);
  });

  it("lets an admin broadcast an announcement over the socket, and nobody else", async () => {
    const user = await connectReady(s.url(`token=${s.token(2201)}`));
    const admin = await connectReady(s.url(`token=${s.token(ADMIN_ID)}`));
    user.send({ type: "broadcast", text: "not allowed" });
    expect(await user.waitFor((f) => f.type === "error")).toMatchObject({ code: "forbidden" });
    admin.send({ type: "broadcast", text: "  maintenance at noon  ", req: "b1" });
    expect(await admin.waitFor((f) => f.type === "ack")).toMatchObject({
      req: "b1",
      event_id: expect.any(String),
    });
    const ev = await user.waitForEvent("announcement", (e) => e.payload.text === "maintenance at noon");
    expect(ev.payload.source).toBe("ws");
    expect(user.events().some((e) => e.payload.text === "not allowed")).toBe(false);
    await Promise.all([user.close(), admin.close()]);
  });

  it("drops malformed bus messages without affecting delivery", async () => {
    const c = await connectReady(s.url(`token=${s.token(2301)}`));
    await s.cache.publish(EVENTS_CHANNEL, "not json");
    await s.cache.publish(EVENTS_CHANNEL, JSON.stringify({ type: "x", payload: {} }));
    await s.cache.publish(EVENTS_CHANNEL, JSON.stringify({ id: "a", type: "x", userId: "2301" }));
    await publishAnyEvent(s.cache, { type: "credits.updated", userId: 2301, payload: { balance: 1 } });
    await c.waitForEvent("credits.updated");
    expect(c.events()).toHaveLength(1);
    await c.close();
  });
});

describe("inbound frames", () => {
  it("answers invalid frames with an error frame and keeps the connection", async () => {
    const c = await connectReady(s.url(`token=${s.token(3001)}`));
    c.send("{not json");
    c.send({ type: "subscribe", streams: ["everything"] });
    c.send({ type: "teleport" });
    c.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    c.send({ type: "auth", token: s.token(3001) });
    await eventually(() => c.frames.filter((f) => f.type === "error").length === 5);
    const errors = c.frames.filter((f) => f.type === "error");
    expect(errors.map((e) => e.code)).toEqual([
      "invalid_frame",
      "invalid_frame",
      "invalid_frame",
      "invalid_frame",
      "already_authenticated",
    ]);
    expect(errors[0]?.message).toMatch(/not JSON/);
    expect(errors[1]?.message).toMatch(/streams/);
    c.send({ type: "ping", req: 1 });
    expect(await c.waitFor((f) => f.type === "pong")).toMatchObject({ req: 1 });
    await c.close();
  });

  it("closes on an oversized frame with 1009 and keeps serving others", async () => {
    const c = await connectReady(s.url(`token=${s.token(3101)}`));
    c.send({ type: "broadcast", text: "x".repeat(5_000) });
    expect((await c.closed).code).toBe(1009);
    const next = await connectReady(s.url(`token=${s.token(3101)}`));
    next.send({ type: "ping" });
    await next.waitFor((f) => f.type === "pong");
    await next.close();
  });

  it("rate-limits a flooding client: one error frame, then a 4429 close", async () => {
    const c = await connectReady(s.url(`token=${s.token(3201)}`));
    for (let i = 0; i < 40; i++) c.send({ type: "ping" });
    const closed = await c.closed;
    expect(closed).toEqual({ code: CLOSE.rateLimited, reason: "too many messages" });
    expect(c.frames.filter((f) => f.type === "pong")).toHaveLength(8);
    expect(c.frames.filter((f) => f.type === "error" && f.code === "rate_limited")).toHaveLength(1);
  });
});

describe("resume", () => {
  it("replays what a user missed after their last event id, in order, without others' events", async () => {
    const first = await connectReady(s.url(`token=${s.token(4001)}`));
    await publishAnyEvent(s.cache, { type: "generation.queued", userId: 4001, payload: { jobId: "r1" } });
    const seen = await first.waitForEvent("generation.queued");
    await first.close();

    const missed = [];
    for (const type of ["generation.progress", "generation.completed", "credits.updated"]) {
      missed.push(await publishAnyEvent(s.cache, { type, userId: 4001, payload: { jobId: "r1" } }));
    }
    await publishAnyEvent(s.cache, { type: "credits.updated", userId: 4002, payload: { balance: 9 } });
    const again = connect(s.url(`token=${s.token(4001)}&last_event_id=${seen.id}`));
    const resumed = await eventually(() => again.frames.find((f) => f.type === "resumed"));
    expect(resumed).toMatchObject({ count: 3, gap: false });
    expect(again.events().map((e) => e.id)).toEqual(missed.map((e) => e.id));
    await again.close();
  });

  it("replays an event whose record has not landed yet (a reconnect right after it)", async () => {
    // Recording for resume lags the bus by a round trip; here by half a second.
    const slow = await startLiveServer({
      wrapCache: (bus) =>
        new Proxy(bus, {
          get(target, key) {
            const value = Reflect.get(target, key);
            if (key !== "pushOnce") return typeof value === "function" ? value.bind(target) : value;
            return async (...args: Parameters<CacheBus["pushOnce"]>) => {
              await new Promise((r) => setTimeout(r, 500));
              return target.pushOnce(...args);
            };
          },
        }),
    });
    try {
      const watcher = await connectReady(slow.url(`token=${slow.token(4301)}`));
      const first = await connectReady(slow.url(`token=${slow.token(4301)}`));
      await publishAnyEvent(slow.cache, { type: "generation.queued", userId: 4301, payload: {} });
      const seen = await first.waitForEvent("generation.queued");
      await first.close();
      const missed = await publishAnyEvent(slow.cache, {
        type: "generation.completed",
        userId: 4301,
        payload: {},
      });
      await watcher.waitForEvent("generation.completed");
      const again = connect(slow.url(`token=${slow.token(4301)}&last_event_id=${seen.id}`));
      expect(await again.waitFor((f) => f.type === "resumed")).toMatchObject({ count: 1, gap: false });
      expect(again.events().map((e) => e.id)).toEqual([missed.id]);
      await Promise.all([again.close(), watcher.close()]);
    } finally {
      await slow.stop();
    }
  });

  it("resumes through the auth frame and reports a gap when the buffer overflowed", async () => {
    const first = await connectReady(s.url(`token=${s.token(4101)}`));
    await publishAnyEvent(s.cache, { type: "generation.queued", userId: 4101, payload: {} });
    const seen = await first.waitForEvent("generation.queued");
    await first.close();
    for (let i = 0; i < 8; i++)
      await publishAnyEvent(s.cache, { type: "generation.progress", userId: 4101, payload: { i } });
    const c = connect(s.url());
    await c.opened;
    // Recording happens after delivery; wait until the buffer holds the last event.
    await eventually(async () => {
      const probe = await connectReady(s.url(`token=${s.token(4101)}&last_event_id=${seen.id}`));
      const r = await probe.waitFor((f) => f.type === "resumed");
      await probe.close();
      return probe.events().at(-1)?.payload.i === 7 && r;
    });
    c.send({ type: "auth", token: s.token(4101), last_event_id: seen.id });
    const resumed = await c.waitFor((f) => f.type === "resumed");
    expect(resumed).toMatchObject({ count: 5, gap: true });
    expect(c.events().map((e) => e.payload.i)).toEqual([3, 4, 5, 6, 7]);
    await c.close();
  });

  it("includes public system events (bot.status) and refuses a malformed last_event_id", async () => {
    const c = connect(s.url(`token=${s.token(4201)}&last_event_id=0`));
    const status = await c.waitForEvent("bot.status");
    expect(status.payload).toMatchObject({ status: "online" });
    await c.close();
    const bad = connect(s.url(`token=${s.token(4201)}&last_event_id=${encodeURIComponent("../../x y")}`));
    expect(await bad.waitFor((f) => f.type === "error")).toMatchObject({ code: "invalid_frame" });
    await bad.waitFor((f) => f.type === "ready");
    expect(bad.frames.some((f) => f.type === "resumed")).toBe(false);
    await bad.close();
  });
});

describe("dead and slow clients", () => {
  it("terminates a connection that stops answering pings", async () => {
    const hb = await startLiveServer({ limits: { heartbeatMs: 100 } });
    try {
      const healthy = await connectReady(hb.url(`token=${hb.token(5001)}`));
      const socket = await rawUpgrade(hb.port, hb.token(5002));
      await new Promise((resolve) => socket.once("close", resolve));
      await eventually(async () => (await hb.metric("velro_ws_disconnects_total", { reason: "dead" })) === 1);
      expect(hb.live.connections()).toBe(1);
      // The real client answers pings, so it is still here and still served.
      await publishAnyEvent(hb.cache, { type: "credits.updated", userId: 5001, payload: { balance: 5 } });
      await healthy.waitForEvent("credits.updated");
      await healthy.close();
    } finally {
      await hb.stop();
    }
  });

  it("drops a consumer that stops reading once its backlog passes the limit", async () => {
    const slow = await startLiveServer({ limits: { maxBufferedBytes: 256 * 1024 } });
    try {
      const fine = await connectReady(slow.url(`token=${slow.token(5102)}`));
      const socket = await rawUpgrade(slow.port, slow.token(5101));
      socket.pause();
      const blob = "x".repeat(60_000);
      for (let i = 0; i < 600; i++) {
        await publishAnyEvent(slow.cache, { type: "generation.progress", userId: 5101, payload: { blob } });
        if (i % 20 === 19) {
          await new Promise((r) => setTimeout(r, 5));
          if ((await slow.metric("velro_ws_disconnects_total", { reason: "slow_consumer" })) === 1) break;
        }
      }
      await eventually(
        async () => (await slow.metric("velro_ws_disconnects_total", { reason: "slow_consumer" })) === 1,
      );
      expect(slow.live.connections()).toBe(1);
      await publishAnyEvent(slow.cache, { type: "credits.updated", userId: 5102, payload: { balance: 1 } });
      await fine.waitForEvent("credits.updated");
      socket.destroy();
      await fine.close();
    } finally {
      await slow.stop();
    }
  });
});

describe("shutdown", () => {
  it("closes clients with 1001 so they reconnect elsewhere", async () => {
    const other = await startLiveServer();
    const c = await connectReady(other.url(`token=${other.token(6001)}`));
    await other.stop();
    expect(await c.closed).toEqual({ code: 1001, reason: "server shutting down" });
  });
});
