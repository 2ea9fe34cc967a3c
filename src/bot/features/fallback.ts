/**
 * Everything the other features did not handle: non-text messages get a short friendly answer in
 * private chats (and are ignored in groups), edited messages and stray updates are ignored by
 * design, unknown buttons are answered so the client stops its spinner, unknown commands get a hint.
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

const MEDIA_REPLIES: [string, string][] = [
  ["sticker", "Nice sticker! 😄 I can only read text for now — tell me in words?"],
  ["voice", "I can't listen to voice messages yet 🎧 — could you type it for me?"],
  ["video_note", "I can't watch video messages yet — could you type it for me?"],
  ["audio", "I can't listen to audio yet — tell me about it in text?"],
  ["photo", "I can't look at photos in chat yet 📷 — describe it to me?"],
  ["video", "I can't watch videos yet — tell me what's in it?"],
  ["animation", "Ha! I can't watch GIFs, but I get the vibe. 😄"],
  ["document", "I can't open files yet — paste the text you'd like me to read?"],
  ["location", "Thanks for the pin! I can't use locations yet."],
  ["contact", "Thanks! I can't do anything with contacts, though."],
  ["poll", "I can't vote in polls, but I'd love to hear what it's about."],
];

/** The fallback feature; install it after all others. */
export function fallbackFeature() {
  const composer = new Composer<BotContext>();

  composer.on("message", async (ctx) => {
    const message = ctx.message;
    if (message.text?.startsWith("/")) {
      // In groups only answer commands addressed to this bot explicitly.
      const target = message.text.split(/\s/)[0]!.split("@")[1];
      if (message.chat.type !== "private" && target?.toLowerCase() !== ctx.me.username.toLowerCase()) return;
      await ctx.reply("I don't know that command. /help lists the ones I do.");
      return;
    }
    if (message.chat.type !== "private") return;
    const found = MEDIA_REPLIES.find(([key]) => key in message);
    if (found) await ctx.reply(found[1]);
    else ctx.log.debug("service or unsupported message ignored");
  });

  composer.on("edited_message", (ctx) => {
    ctx.log.debug("edited message ignored: replies are not rewritten");
  });

  composer.on("callback_query", async (ctx) => {
    ctx.log.info({ data: ctx.callbackQuery.data?.slice(0, 64) }, "unknown callback");
    await ctx.answerCallbackQuery({ text: "This button is no longer active." });
  });

  return composer;
}
