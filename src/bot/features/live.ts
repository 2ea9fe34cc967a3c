/** /token (a live-status token and where to use it) and /broadcast (admins: an announcement). */
import { Composer } from "grammy";
import type { CacheBus } from "../../cache/types.ts";
import { publishEvent } from "../../services/events.ts";
import type { IssuedToken } from "../../ws/index.ts";
import type { BotContext } from "../context.ts";

export interface LiveFeatureDeps {
  /** Signs a token for a Telegram user (the live-status token issuer). */
  issueToken(userId: number): IssuedToken;
  bus: CacheBus;
  adminIds: readonly number[];
}

/** The live-status commands feature. */
export function liveFeature(deps: LiveFeatureDeps) {
  const composer = new Composer<BotContext>();
  const admins = new Set(deps.adminIds);

  composer.command("token", async (ctx) => {
    if (!ctx.from) return;
    // Anyone in a group could read the token and watch this user's events with it.
    if (ctx.chat.type !== "private") {
      await ctx.reply("For your privacy, ask me for /token in a private chat.");
      return;
    }
    const issued = deps.issueToken(ctx.from.id);
    const minutes = Math.max(1, Math.round((issued.expiresAt.getTime() - Date.now()) / 60_000));
    ctx.log.info({ user_id: ctx.from.id }, "issued a live-status token");
    await ctx.reply(
      [
        `🔑 Your live-status token (valid for ${minutes} min, keep it to yourself):`,
        "",
        issued.token,
        "",
        `Connect a WebSocket to ${issued.wsUrl}?token=<token>`,
        `or open the live page: ${issued.pageUrl}`,
      ].join("\n"),
      { link_preview_options: { is_disabled: true } },
    );
  });

  composer.command("broadcast", async (ctx) => {
    if (!ctx.from || !admins.has(ctx.from.id)) {
      await ctx.reply("Only admins can broadcast announcements.");
      return;
    }
    const text = ctx.match.trim();
    if (!text) {
      await ctx.reply("Usage: /broadcast <text> — sends an announcement to every live-status client.");
      return;
    }
    if (text.length > 2000) {
      await ctx.reply("That announcement is too long (2000 characters at most).");
      return;
    }
    const event = await publishEvent(deps.bus, {
      type: "announcement",
      payload: { text, source: "telegram" },
    });
    ctx.log.info({ user_id: ctx.from.id, event_id: event.id }, "admin broadcast from telegram");
    await ctx.reply("📣 Announcement sent to every live-status client.");
  });

  return composer;
}
