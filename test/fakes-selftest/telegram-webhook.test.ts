/**
 * Proves the fake's Telegram→bot side (webhook delivery and Stars payments): webhook delivery into grammY's real
 * `webhookCallback(bot, "http", { secretToken })`, secret header, retries, webhook replies, and the
 * Stars purchase flow in both webhook and polling mode.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, type GrammyError, webhookCallback } from "grammy";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram, TG_ERRORS } from "../fakes/telegram-server.ts";
import { callbackQuery, DEFAULT_USER_ID, privateText } from "../fakes/updates.ts";

let fake: FakeTelegram;
const servers: Server[] = [];
const SECRET = "s3cret_token-1";

beforeAll(async () => {
  fake = await startFakeTelegram({ webhookRetryDelaysMs: [10], webhookMaxAttempts: 3 });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  fake.reset();
});
afterAll(() => fake.close());

/** A bot behind grammY's http adapter on a local server, with the webhook registered at the fake. */
async function webhookBot(setup: (bot: Bot) => void): Promise<{ bot: Bot; url: string }> {
  const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
  setup(bot);
  const callback = webhookCallback(bot, "http", { secretToken: SECRET });
  // The bare http adapter rejects on middleware errors; answer 500 as a framework would, so Telegram delivers again.
  const server = createServer((req, res) => {
    callback(req, res).catch(() => res.headersSent || res.writeHead(500).end());
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await bot.api.setWebhook(url, { secret_token: SECRET });
  return { bot, url };
}

describe("webhook delivery", () => {
  it("delivers with the secret header; a wrong secret gets grammY's 401", async () => {
    const seen: string[] = [];
    await webhookBot((bot) => bot.on("message:text", (ctx) => void seen.push(ctx.message.text)));
    const ok = await fake.deliverWebhook(privateText("one"));
    expect([ok.ok, ok.status, ok.attempts]).toEqual([true, 200, 1]);
    const bad = await fake.deliverWebhook(privateText("two"), { secretToken: "wrong", maxAttempts: 2 });
    expect([bad.ok, bad.status, bad.attempts, bad.body]).toEqual([false, 401, 2, "secret token is wrong"]);
    expect(seen).toEqual(["one"]);
    const info = await new Bot(fake.token, {
      botInfo: fake.botInfo,
      client: { apiRoot: fake.apiRoot },
    }).api.getWebhookInfo();
    expect(info.last_error_message).toBe("Wrong response from the webhook: 401 Unauthorized");
  });

  it("executes and records a webhook reply", async () => {
    await webhookBot((bot) => bot.command("start", (ctx) => ctx.reply("welcome")));
    const res = await fake.deliverWebhook({
      message: {
        message_id: 1,
        date: 0,
        chat: { id: DEFAULT_USER_ID, type: "private", first_name: "A" },
        from: { id: DEFAULT_USER_ID, is_bot: false, first_name: "A" },
        text: "/start",
        entities: [{ type: "bot_command", offset: 0, length: 6 }],
      },
    });
    // grammY answers with the call in the response body when canUseWebhookReply allows it; otherwise it
    // makes a normal HTTP call. Either way the fake must end up with the message.
    const sent = res.reply ?? (await fake.waitFor("sendMessage"));
    expect(sent).toMatchObject({
      method: "sendMessage",
      ok: true,
      payload: { chat_id: DEFAULT_USER_ID, text: "welcome" },
    });
    expect(fake.messages(DEFAULT_USER_ID).map((m) => m.text)).toEqual(["welcome"]);
  });

  it("parses a webhook-reply body into a recorded call", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ method: "sendMessage", chat_id: 42, text: "wh" }));
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    await bot.api.setWebhook(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const res = await fake.deliverWebhook(privateText("hi"));
    expect(res.reply).toMatchObject({ method: "sendMessage", via: "webhook-reply", ok: true });
    expect(fake.messages(42)[0]?.text).toBe("wh");
  });

  it("retries non-2xx with backoff and keeps one chat's updates in order", async () => {
    let failures = 1;
    const order: string[] = [];
    await webhookBot((bot) =>
      bot.on("message:text", async (ctx) => {
        if (failures-- > 0) throw new Error("boom"); // grammY's http adapter → 500 → Telegram retries
        await new Promise((r) => setTimeout(r, ctx.message.text === "first" ? 50 : 0));
        order.push(ctx.message.text);
      }),
    );
    const [a, b] = await Promise.all([
      fake.deliverWebhook(privateText("first")),
      fake.deliverWebhook(privateText("second")),
    ]);
    expect([a.ok, a.attempts, b.ok, b.attempts]).toEqual([true, 2, true, 1]);
    expect(order).toEqual(["first", "second"]);
  });

  it("rejects a plain-http non-loopback webhook URL", async () => {
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    const err = await bot.api.setWebhook("http://example.com/hook").catch((e: unknown) => e);
    expect((err as GrammyError).description).toBe(
      "Bad Request: bad webhook: An HTTPS URL must be provided for webhook",
    );
  });
});

describe("Stars purchases", () => {
  const invoice = (bot: Bot) =>
    bot.api.sendInvoice(DEFAULT_USER_ID, "Pack", "50 images", "order-7", "XTR", [
      { label: "Pack", amount: 50 },
    ]);

  it("runs the purchase flow over a webhook and refunds once", async () => {
    const credited: string[] = [];
    const { bot } = await webhookBot((b) => {
      b.on("pre_checkout_query", (ctx) => ctx.answerPreCheckoutQuery(true));
      b.on("message:successful_payment", (ctx) => {
        credited.push(ctx.message.successful_payment.telegram_payment_charge_id);
      });
    });
    await invoice(bot);
    const out = await fake.simulatePurchase();
    expect(out.status).toBe("paid");
    expect(credited).toEqual([out.chargeId]);
    await bot.api.refundStarPayment(DEFAULT_USER_ID, out.chargeId!);
    const again = (await bot.api
      .refundStarPayment(DEFAULT_USER_ID, out.chargeId!)
      .catch((e) => e)) as GrammyError;
    expect(again.description).toBe(TG_ERRORS.chargeAlreadyRefunded);
    expect(fake.charges()[0]).toMatchObject({ amount: 50, payload: "order-7", refunded: true });
  });

  it("validates XTR invoices", async () => {
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    const twoPrices = [
      { label: "a", amount: 1 },
      { label: "b", amount: 2 },
    ];
    const err = await bot.api.sendInvoice(1, "T", "D", "p", "XTR", twoPrices).catch((e: unknown) => e);
    expect((err as GrammyError).description).toBe("Bad Request: STARS_INVOICE_INVALID");
    const long = await bot.api
      .sendInvoice(1, "T", "D", "p".repeat(129), "XTR", [twoPrices[0]!])
      .catch((e) => e);
    expect((long as GrammyError).error_code).toBe(400);
  });

  it("runs the purchase flow under polling, declines and times out", async () => {
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    let accept = false;
    bot.on("pre_checkout_query", async (ctx) => {
      if (ctx.preCheckoutQuery.invoice_payload === "slow") return; // never answers
      await ctx.answerPreCheckoutQuery(accept, accept ? undefined : { error_message: "Sold out" });
    });
    const started = bot.start({ timeout: 1 });
    await invoice(bot);
    const declined = await fake.simulatePurchase();
    expect(declined).toMatchObject({ status: "declined", errorMessage: "Sold out" });
    accept = true;
    expect((await fake.simulatePurchase({ invoicePayload: "order-7", amount: 50 })).status).toBe("paid");
    const late = await fake.simulatePurchase({ invoicePayload: "slow", amount: 1, timeoutMs: 200 });
    expect(late.status).toBe("timeout");
    await bot.stop();
    await started;
  });

  it("rejects a second answer to a callback query", async () => {
    const bot = new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });
    const u = fake.pushUpdate(callbackQuery("pick:1"));
    await bot.api.answerCallbackQuery(u.callback_query!.id, { text: "ok" });
    const err = (await bot.api.answerCallbackQuery(u.callback_query!.id).catch((e) => e)) as GrammyError;
    expect(err.description).toBe(TG_ERRORS.queryTooOld);
  });
});
