/**
 * Stopping a reply while it is being written: `/cancel` in any chat, the ✖ button under a group
 * reply, and the stop button Telegram shows on a private chat's draft (`stopped_message_generation`).
 * The stopped reply itself says so, with what was written so far; this feature only finds it.
 */
import { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { TurnControl } from "../../services/turn-control.ts";
import type { BotContext } from "../context.ts";

/** Callback data prefix of the stop button; the intake gives these updates a fast lane. */
export const STOP_PREFIX = "stop:";

/** The ✖ button shown under a group reply while it is being written; `label` is stop-button. */
export function stopKeyboard(turnId: string, label: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text: label, callback_data: `${STOP_PREFIX}${turnId}` }]] };
}

/** The cancel feature; install it before the chat feature and the fallback. */
export function cancelFeature(deps: { turns: TurnControl }) {
  const composer = new Composer<BotContext>();

  composer.command("cancel", async (ctx) => {
    if (!ctx.chat) return;
    const stopped = await deps.turns.cancel(ctx.chat.id, {}, { userId: ctx.from?.id });
    ctx.log.info({ stopped }, "/cancel");
    // A stopped reply ends with its own note; only "nothing to stop" needs an answer, and in a
    // group only when the command named this bot (other bots there may have a /cancel too).
    if (stopped) return;
    const named = ctx.msg.text?.split(/\s/)[0]?.includes("@") ?? false;
    if (ctx.chat.type === "private" || named) await ctx.reply(ctx.t("cancel-nothing"));
  });

  composer.callbackQuery(new RegExp(`^${STOP_PREFIX}(.+)$`), async (ctx) => {
    const chatId = ctx.chat?.id;
    const turnId = ctx.match[1]!;
    const stopped =
      chatId !== undefined && (await deps.turns.cancel(chatId, { turnId }, { userId: ctx.from.id }));
    await ctx.answerCallbackQuery({ text: ctx.t(stopped ? "stop-toast-stopping" : "stop-toast-finished") });
    // A button left behind (the final edit failed, or the instance died) goes away when pressed.
    if (!stopped) await ctx.editMessageReplyMarkup().catch(() => {});
  });

  composer.on("stopped_message_generation", async (ctx) => {
    const { chat, draft_id } = ctx.update.stopped_message_generation;
    const stopped = await deps.turns.cancel(chat.id, { draftId: draft_id }, { userId: chat.id });
    ctx.log.info({ stopped, draft_id }, "draft stop pressed");
  });

  return composer;
}
