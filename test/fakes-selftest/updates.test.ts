/**
 * Checks that the update builders produce updates grammY routes as a real client's would: commands,
 * mentions with UTF-16 offsets, replies, callbacks, media and payments.
 */
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import * as U from "../fakes/updates.ts";

/** Run one update through a bot and report which handlers fired. */
async function route(update: Update): Promise<string[]> {
  const bot = new Bot("1:x", { botInfo: U.DEFAULT_BOT });
  const hits: string[] = [];
  bot.command("start", (ctx) => void hits.push(`command:${ctx.match}`));
  bot.on("message::mention", () => void hits.push("mention"));
  bot.on("message:sticker", () => void hits.push("sticker"));
  bot.on("message:photo", () => void hits.push("photo"));
  bot.on("message:voice", () => void hits.push("voice"));
  bot.on("edited_message:text", () => void hits.push("edited"));
  bot.callbackQuery(/^pick:/, () => void hits.push("callback"));
  bot.on("pre_checkout_query", () => void hits.push("pre_checkout"));
  bot.on("message:successful_payment", () => void hits.push("paid"));
  bot.on("message:text", (ctx) => {
    if (ctx.message.reply_to_message?.from?.id === U.DEFAULT_BOT.id) hits.push("reply-to-bot");
  });
  await bot.handleUpdate(update);
  return hits;
}

describe("update builders", () => {
  it("builds commands with bot_command entities, also in groups with @bot", async () => {
    expect(await route(U.command("start", "ref_42"))).toEqual(["command:ref_42"]);
    const inGroup = U.command("start", undefined, {
      chatId: U.DEFAULT_GROUP_ID,
      botUsername: U.DEFAULT_BOT.username,
    });
    expect(inGroup.message?.chat.type).toBe("supergroup");
    expect(inGroup.message?.entities).toEqual([{ type: "bot_command", offset: 0, length: 21 }]);
    expect(await route(inGroup)).toEqual(["command:"]);
  });

  it("builds group mentions with UTF-16 offsets and replies to the bot", async () => {
    const u = U.groupText("hi 👋", { mention: true });
    expect(u.message?.text).toBe("@velro_test_bot hi 👋");
    expect(u.message?.entities).toEqual([{ type: "mention", offset: 0, length: 15 }]);
    expect(await route(u)).toEqual(["mention"]);
    const later = U.groupText("🙂 ask @velro_test_bot");
    expect(later.message?.entities).toEqual([{ type: "mention", offset: 7, length: 15 }]);
    expect(await route(U.groupText("and you?", { replyToBotMessage: true }))).toEqual(["reply-to-bot"]);
  });

  it("builds media, edits, callbacks and payments that grammY recognises", async () => {
    expect(await route(U.sticker())).toEqual(["sticker"]);
    expect(await route(U.photo({ caption: "look" }))).toEqual(["photo"]);
    expect(await route(U.voice())).toEqual(["voice"]);
    expect(await route(U.editedText("fixed"))).toEqual(["edited"]);
    expect(await route(U.callbackQuery("pick:2"))).toEqual(["callback"]);
    expect(await route(U.preCheckout({ payload: "o1", amount: 5 }))).toEqual(["pre_checkout"]);
    expect(await route(U.successfulPayment())).toEqual(["paid"]);
  });

  it("uses increasing update and message ids and defaults for the private user", () => {
    const a = U.privateText("a", { userId: 5, firstName: "Eve", username: "eve", languageCode: "de" });
    const b = U.privateText("b");
    expect(b.update_id).toBeGreaterThan(a.update_id);
    expect(b.message!.message_id).toBeGreaterThan(a.message!.message_id);
    expect(a.message?.chat).toEqual({ id: 5, type: "private", first_name: "Eve", username: "eve" });
    expect(a.message?.from).toMatchObject({ id: 5, language_code: "de", is_bot: false });
    expect(b.message?.chat.id).toBe(U.DEFAULT_USER_ID);
  });
});
