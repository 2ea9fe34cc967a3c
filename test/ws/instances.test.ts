/**
 * Two app instances sharing Postgres and Redis: an event produced on one reaches a client on the
 * other, tokens work on both, and resume works across them. Needs Redis (the in-process bus cannot
 * cross processes), so it runs in CI's Postgres + Redis pass.
 */
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { publishAnyEvent } from "../helpers/events.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { connect, connectReady } from "./client.ts";

const started: Harness[] = [];
afterAll(async () => {
  for (const h of started) await h.stop();
  await dropFreshDatabases();
});

describe.skipIf(!process.env.REDIS_URL)("several instances", () => {
  it("delivers events across instances and resumes on another instance", async () => {
    const shared = {
      DATABASE_URL: await freshDatabaseUrl(),
      REDIS_PREFIX: `velro-test-${randomBytes(4).toString("hex")}:`,
      JWT_SECRET: "instances-secret-0123456789-0123456789",
      ADMIN_IDS: "990001",
    };
    const a = await startHarness({ env: shared });
    started.push(a);
    const wsA = (q: string) => `ws://127.0.0.1:${a.app.port}/ws?${q}`;
    const admin = await connectReady(wsA(`token=${a.app.live.tokens.issue(990001).token}`));
    const user = await connectReady(wsA(`token=${a.app.live.tokens.issue(701).token}`));

    const b = await startHarness({ env: shared });
    started.push(b);
    const wsB = (q: string) => `ws://127.0.0.1:${b.app.port}/ws?${q}`;
    // B announces itself on start; A's clients hear it.
    await user.waitForEvent("bot.status", (e) => e.payload.status === "online");

    // A generation event published by B's process reaches the client connected to A.
    const progress = await publishAnyEvent(b.app.cache, {
      type: "generation.progress",
      userId: 701,
      payload: { jobId: "g1", stage: "running" },
    });
    expect((await user.waitForEvent("generation.progress")).id).toBe(progress.id);

    // A chat turn that reached B shows up on A's socket. The inbox is shared, so either instance
    // may take the update (B at once, A on its next poll): the reply goes out through whichever bot
    // ran it, and its event reaches the socket on A either way.
    const [beforeA, beforeB] = [a.tg.calls.length, b.tg.calls.length];
    await b.send(privateText("Hi from the other instance", { userId: 701 }));
    await Promise.any([a.nextCall("sendMessage", 701, beforeA), b.nextCall("sendMessage", 701, beforeB)]);
    const message = await user.waitForEvent("conversation.message", undefined, 10_000);
    expect(message.userId).toBe(701);

    // A token issued by A is accepted by B; resume on B replays what was missed from Redis.
    await user.close();
    const missed = await publishAnyEvent(a.app.cache, {
      type: "credits.updated",
      userId: 701,
      payload: { balance: 7 },
    });
    const again = connect(wsB(`token=${a.app.live.tokens.issue(701).token}&last_event_id=${message.id}`));
    await again.waitFor((f) => f.type === "resumed");
    // Replayed, or (had B's bus delivered it only after the client joined) sent live right after.
    await again.waitForEvent("credits.updated", (e) => e.id === missed.id);
    expect(again.events().map((e) => e.id)).not.toContain(progress.id);

    // An admin broadcast over B's socket reaches the admin on A, exactly once.
    const adminB = await connectReady(wsB(`token=${b.app.live.tokens.issue(990001).token}`));
    adminB.send({ type: "broadcast", text: "cross-instance hello" });
    await admin.waitForEvent("announcement", (e) => e.payload.text === "cross-instance hello");
    await again.waitForEvent("announcement", (e) => e.payload.text === "cross-instance hello");
    expect(admin.events().filter((e) => e.type === "announcement")).toHaveLength(1);
    await Promise.all([again.close(), admin.close(), adminB.close()]);
  });
});
