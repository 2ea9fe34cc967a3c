/**
 * Everything the other features did not handle: non-text messages get a short friendly answer in
 * private chats (and are ignored in groups), edited messages and stray updates are ignored by
 * design, unknown buttons are answered so the client stops its spinner, unknown commands get a hint.
 */
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";

// Media kinds with a reply of their own (`media-<kind>`, underscores as dashes), in the order they
// are looked for: an animation also carries a document, so it comes first.
const MEDIA_KINDS = [
  "sticker",
  "voice",
  "video_note",
  "audio",
  "photo",
  "video",
  "animation",
  "document",
  "location",
  "contact",
  "poll",
] as const;

/** The fallback feature; install it after all others. */
export function fallbackFeature() {
  const composer = new Composer<BotContext>();

  composer.on("message", async (ctx) => {
    const message = ctx.message;
    if (message.text?.startsWith("/")) {
      // In groups only answer commands addressed to this bot explicitly.
      const target = message.text.split(/\s/)[0]!.split("@")[1];
      if (message.chat.type !== "private" && target?.toLowerCase() !== ctx.me.username.toLowerCase()) return;
      await ctx.reply(ctx.t("unknown-command"));
      return;
    }
    if (message.chat.type !== "private") return;
    const found = MEDIA_KINDS.find((kind) => kind in message);
    if (found) await ctx.reply(ctx.t(`media-${found.replace("_", "-")}`));
    else ctx.log.debug("service or unsupported message ignored");
  });

  composer.on("edited_message", (ctx) => {
    ctx.log.debug("edited message ignored: replies are not rewritten");
  });

  composer.on("callback_query", async (ctx) => {
    ctx.log.info({ data: ctx.callbackQuery.data?.slice(0, 64) }, "unknown callback");
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired") });
  });

  return composer;
}
