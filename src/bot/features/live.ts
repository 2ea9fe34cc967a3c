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

const MAX_ANNOUNCEMENT = 2000;

/** The live-status commands feature. */
export function liveFeature(deps: LiveFeatureDeps) {
  const composer = new Composer<BotContext>();
  const admins = new Set(deps.adminIds);

  composer.command("token", async (ctx) => {
    if (!ctx.from) return;
    // Anyone in a group could read the token and watch this user's events with it.
    if (ctx.chat.type !== "private") {
      await ctx.reply(ctx.t("token-private-only"));
      return;
    }
    const issued = deps.issueToken(ctx.from.id);
    const minutes = Math.max(1, Math.round((issued.expiresAt.getTime() - Date.now()) / 60_000));
    ctx.log.info({ user_id: ctx.from.id }, "issued a live-status token");
    const page = new URL(issued.pageUrl);
    // The live page speaks the same language as this chat (English is what it falls back to anyway).
    const locale = await ctx.i18n.getLocale();
    if (locale !== "en") page.searchParams.set("lang", locale);
    await ctx.reply(
      ctx.t("token-issued", { minutes, token: issued.token, wsUrl: issued.wsUrl, pageUrl: page.toString() }),
      { link_preview_options: { is_disabled: true } },
    );
  });

  composer.command("broadcast", async (ctx) => {
    if (!ctx.from || !admins.has(ctx.from.id)) {
      await ctx.reply(ctx.t("broadcast-admins-only"));
      return;
    }
    const text = ctx.match.trim();
    if (!text) {
      await ctx.reply(ctx.t("broadcast-usage"));
      return;
    }
    if (text.length > MAX_ANNOUNCEMENT) {
      await ctx.reply(ctx.t("broadcast-too-long", { max: MAX_ANNOUNCEMENT }));
      return;
    }
    const event = await publishEvent(deps.bus, {
      type: "announcement",
      payload: { text, source: "telegram" },
    });
    ctx.log.info({ user_id: ctx.from.id, event_id: event.id }, "admin broadcast from telegram");
    await ctx.reply(ctx.t("broadcast-sent"));
  });

  return composer;
}
