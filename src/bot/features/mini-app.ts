/**
 * The way into the Mini App from the chat: when a user /starts the bot in a private chat, their
 * chat's menu button becomes "open the app" in their language (the default button, set at
 * start-up, is in English). /start and /help also carry an inline button (core.ts).
 */
import { Composer } from "grammy";
import { setMenuButton } from "../../miniapp/telegram.ts";
import type { BotContext } from "../context.ts";

/** The feature; does nothing without the app's https URL. Goes before the core feature's /start. */
export function miniAppFeature(deps: { appUrl?: string }) {
  const composer = new Composer<BotContext>();
  const url = deps.appUrl;
  if (!url) return composer;
  composer.command("start", async (ctx, next) => {
    if (ctx.chat.type === "private")
      await setMenuButton(ctx.api, url, ctx.t("app-menu-button"), ctx.log, ctx.chat.id);
    await next();
  });
  return composer;
}
