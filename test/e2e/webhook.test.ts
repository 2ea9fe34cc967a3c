/** Webhook mode: secret checking, bad bodies, exactly-once processing, rate limits. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
let url: string;
beforeAll(async () => {
  h = await startHarness({ mode: "webhook", env: { RATE_LIMIT_PER_MINUTE: "3" } });
  url = `http://127.0.0.1:${h.app.port}/telegram/webhook`;
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

describe("webhook mode", () => {
  it("registers the webhook with its secret at start-up", () => {
    const set = h.tg.callsOf("setWebhook").at(-1)!;
    expect(set.payload.url).toBe(url);
    expect(set.payload.secret_token).toBe("test_secret-123");
    expect(h.tg.webhook()).not.toBeNull();
    expect(h.app.mode).toBe("webhook");
  });

  it("refuses a wrong or missing secret with 401 and processes nothing", async () => {
    const before = h.tg.calls.length;
    const wrong = await h.tg.deliverWebhook(privateText("hi", { userId: 701 }), {
      secretToken: "nope",
      maxAttempts: 1,
    });
    const missing = await h.tg.deliverWebhook(privateText("hi", { userId: 701 }), {
      secretToken: null,
      maxAttempts: 1,
    });
    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    await h.idle();
    expect(h.tg.calls.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it("answers 400 to a body that is not an Update, and keeps serving", async () => {
    const headers = {
      "content-type": "application/json",
      "x-telegram-bot-api-secret-token": "test_secret-123",
    };
    expect((await fetch(url, { method: "POST", headers, body: "{not json" })).status).toBe(400);
    expect((await fetch(url, { method: "POST", headers, body: JSON.stringify({ hello: 1 }) })).status).toBe(
      400,
    );
    const ok = await h.tg.deliverWebhook(command("help", undefined, { userId: 702 }));
    expect(ok.status).toBe(200);
    await h.nextCall("sendMessage", 702);
  });

  it("processes a redelivered update exactly once", async () => {
    const update = privateText("tell me something nice", { userId: 703 });
    const first = await h.tg.deliverWebhook(update);
    const again = await h.tg.deliverWebhook(first.update);
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    await h.nextCall("sendMessage", 703);
    await h.idle();
    expect(h.sentTexts(703)).toHaveLength(1);
    const stored = await h.app.db.prisma.message.count({
      where: { conversation: { chatId: 703n }, role: "user" },
    });
    expect(stored).toBe(1);
  });

  it("rate-limits a user with one friendly notice and then silence", async () => {
    const userId = 704;
    for (let i = 0; i < 6; i++) await h.tg.deliverWebhook(privateText(`message number ${i}`, { userId }));
    const texts = await eventually(() => {
      const t = h.sentTexts(userId);
      return t.length >= 4 && t;
    });
    await h.idle();
    const all = h.sentTexts(userId);
    expect(all.filter((t) => /lot of messages/.test(t))).toHaveLength(1);
    expect(all).toHaveLength(4);
    expect(texts.length).toBe(4);
    const metrics = await (await fetch(`http://127.0.0.1:${h.app.port}/metrics`)).text();
    expect(metrics).toMatch(/velro_rate_limited_total 3/);
  });
});
