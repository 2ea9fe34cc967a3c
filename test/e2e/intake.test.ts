/**
 * The durable intake seen from Telegram's side: what must not wait behind a chat's running reply
 * (a payment's pre-checkout, a button's spinner) does not, and an update that keeps failing ends
 * in the dead letters after three tries, with the user told once, while other chats carry on.
 */
import { describe, expect, it } from "vitest";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

let llm: FakeLlm;
let h: Harness;

useLlmHarness({ LLM_TIMEOUT_MS: "30000" }, (stack) => {
  ({ llm, h } = stack);
});

/** Resolves with the first sendMessage of a buy menu's invoice flow: /buy → pack button → invoice. */
async function openInvoice(userId: number) {
  const before = h.tg.calls.length;
  await h.send(command("buy", undefined, { userId }));
  const menu = await h.nextCall("sendMessage", userId, before);
  const markup = menu.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] };
  const pack = markup.inline_keyboard[0]![0]!.callback_data;
  const result = menu.result as { message_id: number; chat: { id: number }; date: number; text: string };
  await h.send(callbackQuery(pack, { userId, message: result as never }));
  await h.nextCall("sendInvoice", userId, before);
}

describe("fast lane", () => {
  it("answers a pre-checkout within a second while a slow reply streams in the same chat", async () => {
    const user = 9101;
    await openInvoice(user);
    // A model that takes 8 s before its first word holds the chat's lane that long.
    llm.setHandler(() => ({ reply: "Here is a long and thoughtful answer.", delayMs: 8_000 }));
    const before = h.tg.calls.length;
    await h.send(privateText("tell me something deep", { userId: user }));
    await eventually(() => llm.requests.length > 0, 5_000);
    const started = Date.now();
    const outcome = await h.tg.simulatePurchase({ userId: user });
    expect(outcome.status).toBe("paid");
    const answer = h.tg.calls.find((c, i) => i >= before && c.method === "answerPreCheckoutQuery");
    expect(answer?.payload.ok).toBe(true);
    expect(answer!.at - started).toBeLessThan(1_000);
    // The reply still arrives, once, after the payment went through.
    const reply = await h.nextCall("sendMessage", user, before, 15_000);
    expect(reply.payload.text).toBe("Here is a long and thoughtful answer.");
  }, 30_000);

  it("acknowledges a button press at once while a reply streams, and applies it afterwards", async () => {
    const user = 9102;
    llm.setHandler(() => ({ reply: "Slow thoughts.", delayMs: 5_000 }));
    const before = h.tg.calls.length;
    await h.send(privateText("think slowly", { userId: user }));
    await eventually(() => llm.requests.length > 0, 5_000);
    const pressed = Date.now();
    await h.send(command("balance", undefined, { userId: user }));
    await h.send(callbackQuery("unknown:button", { userId: user }));
    const ack = await h
      .nextCall("answerCallbackQuery", user, before, 3_000)
      .catch(() => h.tg.waitFor((c) => c.method === "answerCallbackQuery" && c.ok, 3_000, before));
    expect(ack.at - pressed).toBeLessThan(1_500);
    // Order within the chat is kept: the reply, then /balance.
    const texts = async () =>
      h.tg
        .callsOf("sendMessage")
        .filter((c) => c.ok && Number(c.payload.chat_id) === user && c.at >= pressed - 10_000)
        .map((c) => String(c.payload.text));
    await eventually(async () => (await texts()).length >= 2, 15_000);
    const [first, second] = await texts();
    expect(first).toBe("Slow thoughts.");
    expect(second).toMatch(/credits/);
  }, 30_000);
});

describe("dead letters", () => {
  it("moves an update that fails three times to the dead letters, tells the user once, and others flow", async () => {
    const poisoned = 9201;
    const healthy = 9202;
    // Every reply to the poisoned chat is refused three times; the fourth send (the notice) goes out.
    h.tg.failNextInChat(poisoned, 3, 400, "Bad Request: message is too long", "sendMessage");
    const before = h.tg.calls.length;
    const poison = await h.send(privateText("this one will fail", { userId: poisoned }));
    await h.send(privateText("hello there", { userId: healthy }));
    await h.nextCall("sendMessage", healthy, before, 5_000);

    const letters = await eventually(async () => {
      const rows = await h.app.runtime.inbox.deadLetters.list(10);
      return rows.find((r) => r.updateId === poison.update_id);
    }, 20_000);
    expect(letters.attempts).toBe(3);
    expect(letters.error).toMatch(/too long/);
    const notices = await eventually(() => {
      const sent = h.sentTexts(poisoned).filter((t) => /couldn't handle that message/.test(t));
      return sent.length ? sent : null;
    }, 5_000);
    expect(notices).toHaveLength(1);
    // The poisoned chat is free again: its next message is answered normally.
    const mark = h.tg.calls.length;
    await h.send(privateText("are you back?", { userId: poisoned }));
    const next = await h.nextCall("sendMessage", poisoned, mark, 5_000);
    expect(String(next.payload.text)).toMatch(/Echo: are you back\?/);
    await eventually(async () => (await h.app.runtime.inbox.pending()) === 0, 5_000);
  }, 40_000);

  it("retries a transient failure and answers once", async () => {
    const user = 9203;
    h.tg.failNextInChat(user, 1, 400, "Bad Request: something transient", "sendMessage");
    const before = h.tg.calls.length;
    await h.send(privateText("try again please", { userId: user }));
    await h.nextCall("sendMessage", user, before, 10_000);
    await h.idle();
    expect(h.sentTexts(user)).toEqual(["Echo: try again please"]);
    expect(await h.app.runtime.inbox.deadLetters.count()).toBe(1);
  }, 20_000);
});
