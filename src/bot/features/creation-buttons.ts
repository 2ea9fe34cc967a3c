/**
 * The buttons under every creation's photo or video: add to a project, details, remix. Their
 * callback data carries the creation's job id, so a reply to that message names the creation
 * (/project add, /transfer, /edit) without any lookup table.
 */
import { InlineKeyboard } from "grammy";
import type { Message } from "grammy/types";
import type { Translate } from "../../i18n/index.ts";

const ADD_PREFIX = "pj:a:";

/**
 * The creation a message shows, read from its "add to project" button; only a message this bot
 * sent counts (another bot's keyboard, say through inline mode, could carry anything).
 */
export function creationShownBy(message: Message | undefined, botId: number): string | null {
  if (message?.from?.id !== botId) return null;
  for (const row of message.reply_markup?.inline_keyboard ?? []) {
    for (const b of row) {
      const data = "callback_data" in b ? b.callback_data : undefined;
      if (data?.startsWith(ADD_PREFIX)) return data.slice(ADD_PREFIX.length);
    }
  }
  return null;
}

/** The buttons under a creation's photo or video (the notifier adds them). */
export function creationButtons(t: Translate, jobId: string): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("project-button-add"), `${ADD_PREFIX}${jobId}`)
    .text(t("project-button-details"), `pj:i:${jobId}`)
    .text(t("project-button-remix"), `pj:r:${jobId}`);
}
