/** The bot's Context: grammY's plus a child logger per update and translation (`ctx.t`). */
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Logger } from "../observability/logger.ts";

export interface BotContextFlavor {
  /** A child logger carrying update_id, chat and update type. */
  log: Logger;
  /** True when this update created the user's row (their first contact with the bot). */
  isNewUser?: boolean;
}

export type BotContext = Context & BotContextFlavor & I18nFlavor;
