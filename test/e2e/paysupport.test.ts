/**
 * /paysupport reaches a person: the user's next message goes to every admin as a ticket with the
 * charge ids of their Stars payments (and not to the AI), an admin's answer reaches the user (by
 * the Reply button or by a Telegram reply), the user writes back the same ways, an admin closes
 * it. The pending "next message" survives a restart, a re-run update relays nothing twice, a
 * blocked recipient fails nothing, and every payment receipt shows its charge id.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREDIT_PACKS } from "../../src/engines/generation/catalog.ts";
import { createI18n } from "../../src/i18n/index.ts";
import type { RecordedCall } from "../fakes/telegram-types.ts";
import { callbackQuery, command, photo, privateText, successfulPayment } from "../fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

const en = createI18n().t("en");
const ADMINS = [7101, 7102];
const adminEnv = { ADMIN_IDS: ADMINS.join(",") };
const dirs: string[] = [];

type Markup = { inline_keyboard: { text: string; callback_data: string }[][] };
const buttonsOf = (call: RecordedCall) => {
  const raw = call.payload.reply_markup as Markup | string | undefined;
  if (!raw) return [];
  return (typeof raw === "string" ? (JSON.parse(raw) as Markup) : raw).inline_keyboard.flat();
};
const text = (call: RecordedCall) => String(call.payload.text);
const sent = (call: RecordedCall) => call.result as Message;

/** Sends an update and waits for the bot's next message to each of `chats`. */
async function step(h: Harness, update: Update, ...chats: number[]): Promise<RecordedCall[]> {
  const before = h.tg.calls.length;
  await h.send(update);
  return Promise.all(chats.map((c) => h.nextCall("sendMessage", c, before)));
}

/** A private text message that is a Telegram reply to `to`. */
function replyTo(body: string, userId: number, to: Message): Update {
  const u = privateText(body, { userId });
  (u.message as Message).reply_to_message = to as Message["reply_to_message"];
  return u;
}

async function latestTicket(h: Harness, userId: number) {
  const t = await h.app.db.prisma.supportTicket.findFirst({
    where: { userId: BigInt(userId) },
    orderBy: { id: "desc" },
  });
  expect(t).not.toBeNull();
  return t!;
}

/** Messages the conversation (AI or offline responder) stored with this text. */
const chatTurns = (h: Harness, marker: string) =>
  h.app.db.prisma.message.count({ where: { content: { contains: marker } } });

/** A Stars payment for the smallest pack, as Telegram reports it after the user paid. */
const pay = (userId: number, chargeId: string) =>
  successfulPayment({
    userId,
    chargeId,
    payload: `credits:${CREDIT_PACKS[0]!.key}:${userId}`,
    amount: CREDIT_PACKS[0]!.stars,
  });

afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await dropFreshDatabases();
});

describe("/paysupport", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: adminEnv });
  });
  afterAll(async () => h?.stop());

  it("shows the charge id in the receipt, sends the next message to every admin as a ticket and not to the AI", async () => {
    const user = 7201;
    const charge = "stxSupportCharge_7201";
    const [receipt] = await step(h, pay(user, charge), user);
    expect(receipt!.payload.parse_mode).toBe("HTML");
    expect(text(receipt!)).toContain(`<code>${charge}</code>`);
    expect(text(receipt!)).toContain("Thank you");
    // Telegram renders it as a code entity: a tap copies the id.
    const entities = sent(receipt!).entities ?? [];
    const code = entities.find((e) => e.type === "code");
    expect(code && sent(receipt!).text!.slice(code.offset, code.offset + code.length)).toBe(charge);

    // An ordinary message first: the chat is marked as having no support state (in the cache),
    // which /paysupport must override at once.
    await step(h, privateText("hello, just chatting first (marker-q0)", { userId: user }), user);
    const [ask] = await step(h, command("paysupport", undefined, { userId: user }), user);
    expect(text(ask!)).toBe(en("support-ask"));
    expect(buttonsOf(ask!).map((b) => b.callback_data)).toEqual(["support:cancel"]);

    const problem = "Paid 50 stars at noon, credits never came (marker-q1)";
    const update = privateText(problem, {
      userId: user,
      firstName: "Ann",
      username: "ann_pays",
      languageCode: "de",
    });
    const start = h.tg.calls.length;
    const [toUser, toFirst, toSecond] = await step(h, update, user, ...ADMINS);
    const ticket = await latestTicket(h, user);
    expect(text(toUser!)).toBe(createI18n().t("de")("support-received", { ticket: ticket.id }));
    for (const card of [toFirst!, toSecond!]) {
      expect(card.payload.parse_mode).toBe("HTML");
      expect(text(card)).toContain(`#${ticket.id}`);
      expect(text(card)).toContain(`<code>${user}</code>`);
      expect(text(card)).toContain("Ann (@ann_pays)");
      expect(text(card)).toContain("language: de");
      expect(text(card)).toContain(`<code>${charge}</code>`);
      expect(text(card)).toContain(problem);
      expect(buttonsOf(card).map((b) => b.callback_data)).toEqual([
        `support:reply:${ticket.id}`,
        `support:close:${ticket.id}`,
      ]);
    }

    // The next update of the chat runs after this one finished: nothing else was sent meanwhile.
    const [balance] = await step(h, command("balance", undefined, { userId: user }), user);
    const toChat = h.tg.calls.slice(start).filter((c) => Number(c.payload.chat_id) === user);
    expect(toChat.map((c) => c.method)).toEqual(["sendMessage", "sendMessage"]);
    expect(toChat.map(text)).toEqual([text(toUser!), text(balance!)]);
    expect(await chatTurns(h, "marker-q1")).toBe(0);
    // The pending state was used up: the next message is ordinary chat again.
    await step(h, privateText("just chatting now (marker-q2)", { userId: user }), user);
    expect(await chatTurns(h, "marker-q2")).toBeGreaterThan(0);
  });

  it("relays an admin's answer by button and by Telegram reply, the user's replies back, and closing", async () => {
    const user = 7202;
    await step(h, command("paysupport", undefined, { userId: user }), user);
    const [, cardA, cardB] = await step(
      h,
      privateText("Where are my credits?", { userId: user }),
      user,
      ...ADMINS,
    );
    const ticket = await latestTicket(h, user);

    // Admin A presses Reply; their next message goes to the user.
    const [askA] = await step(
      h,
      callbackQuery(`support:reply:${ticket.id}`, { userId: ADMINS[0], message: sent(cardA!) }),
      ADMINS[0]!,
    );
    expect(text(askA!)).toBe(en("support-reply-ask", { ticket: ticket.id }));
    const [answer1, doneA] = await step(
      h,
      privateText("We are checking <your> payment", { userId: ADMINS[0] }),
      user,
      ADMINS[0]!,
    );
    const head = en("support-answer-head", { ticket: ticket.id });
    expect(text(answer1!)).toBe(`${head}\n\nWe are checking &lt;your&gt; payment`);
    expect(buttonsOf(answer1!).map((b) => b.callback_data)).toEqual([`support:answer:${ticket.id}`]);
    expect(text(doneA!)).toBe(en("support-reply-sent", { ticket: ticket.id }));
    expect(await chatTurns(h, "We are checking")).toBe(0);

    // Admin B answers with a Telegram reply to the ticket.
    const [answer2] = await step(
      h,
      replyTo("Refund is on its way", ADMINS[1]!, sent(cardB!)),
      user,
      ADMINS[1]!,
    );
    expect(text(answer2!)).toBe(`${head}\n\nRefund is on its way`);

    // The user replies to the answer: it joins the same ticket at both admins.
    const [added, upA, upB] = await step(
      h,
      replyTo("Thanks, got it (marker-r1)", user, sent(answer2!)),
      user,
      ...ADMINS,
    );
    expect(text(added!)).toBe(en("support-added", { ticket: ticket.id }));
    for (const up of [upA!, upB!]) {
      expect(text(up)).toContain(`#${ticket.id}`);
      expect(text(up)).toContain("Thanks, got it (marker-r1)");
    }
    expect(await chatTurns(h, "marker-r1")).toBe(0);

    // Or presses Answer, and sends a screenshot with a caption.
    await step(
      h,
      callbackQuery(`support:answer:${ticket.id}`, { userId: user, message: sent(answer1!) }),
      user,
    );
    const shot = h.tg.registerFile(new Uint8Array(64), "image/jpeg");
    const pic = photo({ userId: user, caption: "Here is the screenshot" });
    for (const size of (pic.message as Message).photo!) size.file_id = shot;
    const before = h.tg.calls.length;
    await step(h, pic, user, ...ADMINS);
    for (const admin of ADMINS) {
      const media = await h.nextCall("sendPhoto", admin, before);
      expect(media.payload.photo).toBe(shot);
    }
    expect(await h.app.db.prisma.supportTicket.count({ where: { userId: BigInt(user) } })).toBe(1);

    // An admin closes it; the user is told, and a second press changes nothing.
    const mark = h.tg.calls.length;
    const [closed] = await step(
      h,
      callbackQuery(`support:close:${ticket.id}`, { userId: ADMINS[1], message: sent(cardB!) }),
      user,
    );
    expect(text(closed!)).toBe(en("support-closed-user", { ticket: ticket.id }));
    const toast = await h.tg.waitFor((c) => c.method === "answerCallbackQuery", 5_000, mark);
    expect(toast.payload.text).toBe(en("support-closed-toast", { ticket: ticket.id }));
    expect((await latestTicket(h, user)).status).toBe("closed");
    const again = h.tg.calls.length;
    await h.send(callbackQuery(`support:close:${ticket.id}`, { userId: ADMINS[0], message: sent(cardA!) }));
    await h.tg.waitFor((c) => c.method === "answerCallbackQuery", 5_000, again);
    await step(h, command("balance", undefined, { userId: ADMINS[0] }), ADMINS[0]!);
    expect(h.sentTexts(user).filter((t) => t === text(closed!))).toHaveLength(1);

    // Someone who is not an admin cannot answer tickets.
    const pressed = h.tg.calls.length;
    await h.send(callbackQuery(`support:reply:${ticket.id}`, { userId: 7299 }));
    const refused = await h.tg.waitFor((c) => c.method === "answerCallbackQuery", 5_000, pressed);
    expect(refused.payload.text).toBe(en("button-expired"));
    expect(await h.app.db.prisma.supportPending.count({ where: { userId: 7299n } })).toBe(0);
  }, 30_000);

  it("skips a blocked admin, tells an admin when the user blocked the bot, and fails no update", async () => {
    const user = 7203;
    h.tg.blockChat(ADMINS[1]!);
    await step(h, command("paysupport", undefined, { userId: user }), user);
    const [received, card] = await step(
      h,
      privateText("Blocked-admin case", { userId: user }),
      user,
      ADMINS[0]!,
    );
    const ticket = await latestTicket(h, user);
    expect(text(received!)).toBe(en("support-received", { ticket: ticket.id }));
    expect(h.tg.callsOf("sendMessage").some((c) => !c.ok && Number(c.payload.chat_id) === ADMINS[1])).toBe(
      true,
    );
    h.tg.blockChat(ADMINS[1]!, false);

    h.tg.blockChat(user);
    const [notDelivered] = await step(h, replyTo("Hello?", ADMINS[0]!, sent(card!)), ADMINS[0]!);
    expect(text(notDelivered!)).toBe(en("support-reply-blocked", { ticket: ticket.id }));
    h.tg.blockChat(user, false);
    expect(await h.app.runtime.inbox.deadLetters.count()).toBe(0);
  });

  it("relays once when the update is run again after its handler failed half-way", async () => {
    const user = 7204;
    await step(h, command("paysupport", undefined, { userId: user }), user);
    // The receipt to the user fails once, after the admins got the ticket: the update is retried.
    h.tg.failNextInChat(user, 1, 400, "Bad Request: something went wrong", "sendMessage");
    const body = "Retry case (marker-x1)";
    const before = h.tg.calls.length;
    await h.send(privateText(body, { userId: user }));
    const receipt = await h.tg.waitFor(
      (c) => c.ok && c.method === "sendMessage" && Number(c.payload.chat_id) === user,
      10_000,
      before,
    );
    const ticket = await latestTicket(h, user);
    expect(text(receipt)).toBe(en("support-received", { ticket: ticket.id }));
    const failed = h.tg.calls.slice(before).filter((c) => !c.ok && Number(c.payload.chat_id) === user);
    expect(failed).toHaveLength(1);
    for (const admin of ADMINS) {
      const cards = h.tg
        .callsOf("sendMessage")
        .filter((c) => c.ok && Number(c.payload.chat_id) === admin && text(c).includes(body));
      expect(cards).toHaveLength(1);
    }
    expect(await h.app.db.prisma.supportTicket.count({ where: { userId: BigInt(user) } })).toBe(1);
    expect(await chatTurns(h, "marker-x1")).toBe(0);
  }, 20_000);

  it("cancel forgets the pending message", async () => {
    const user = 7205;
    const [ask] = await step(h, command("paysupport", undefined, { userId: user }), user);
    const before = h.tg.calls.length;
    await h.send(callbackQuery("support:cancel", { userId: user, message: sent(ask!) }));
    const edit = await h.tg.waitFor((c) => c.method === "editMessageText", 5_000, before);
    expect(edit.payload.text).toBe(en("support-cancelled"));
    await step(h, privateText("an ordinary chat message (marker-c1)", { userId: user }), user);
    expect(await chatTurns(h, "marker-c1")).toBeGreaterThan(0);
    expect(await h.app.db.prisma.supportTicket.count({ where: { userId: BigInt(user) } })).toBe(0);
  });
});

describe("/paysupport across a restart", () => {
  it("keeps who writes next, and the ticket's reply links, in the database", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-support-"));
    dirs.push(dataDir);
    const env = { ...adminEnv, DATA_DIR: dataDir, DATABASE_URL: await freshDatabaseUrl() };
    const user = 7301;
    const first = await startHarness({ env });
    await step(first, command("paysupport", undefined, { userId: user }), user);
    await first.stop({ keepTelegram: true });

    const second = await startHarness({ env, tg: first.tg });
    const [received, card] = await step(
      second,
      privateText("After restart (marker-s1)", { userId: user }),
      user,
      ADMINS[0]!,
    );
    const ticket = await latestTicket(second, user);
    expect(text(received!)).toBe(en("support-received", { ticket: ticket.id }));
    expect(text(card!)).toContain("After restart (marker-s1)");
    expect(await chatTurns(second, "marker-s1")).toBe(0);
    // The admin presses Reply, and the service restarts before they write.
    await step(
      second,
      callbackQuery(`support:reply:${ticket.id}`, { userId: ADMINS[0], message: sent(card!) }),
      ADMINS[0]!,
    );
    await second.stop({ keepTelegram: true });

    const third = await startHarness({ env, tg: first.tg });
    try {
      const head = en("support-answer-head", { ticket: ticket.id });
      const [answer] = await step(third, privateText("Answer after restart", { userId: ADMINS[0] }), user);
      expect(text(answer!)).toBe(`${head}\n\nAnswer after restart`);
      // A Telegram reply to the ticket made two processes ago still finds it.
      const [again] = await step(third, replyTo("And a reply", ADMINS[0]!, sent(card!)), user);
      expect(text(again!)).toBe(`${head}\n\nAnd a reply`);
    } finally {
      await third.stop();
    }
  }, 90_000);
});
