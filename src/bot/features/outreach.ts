/**
 * Reaching out, opt-in: /checkins (cadence, quiet hours, time zone), /diary and /dreams, the
 * one-tap stop under every proactive message, the time zone asked once (a reply to the question
 * with a city or a UTC offset), and Telegram's notice that the user blocked or unblocked the bot.
 * /remind and /reminders live in outreach-remind.ts. Callback data always acts on the presser's
 * own settings, never on a user id inside it.
 */
import { Composer, InlineKeyboard } from "grammy";
import { type Cadence, parseZone } from "../../engines/outreach/index.ts";
import {
  isCadence,
  OUTREACH_KINDS,
  type OutreachKind,
  type OutreachService,
  type PendingAction,
} from "../../services/outreach/outreach-service.ts";
import type { BotContext } from "../context.ts";
import { askZone, remindFeature, scheduleReminder } from "./outreach-remind.ts";
import {
  checkinsMenu,
  diaryMood,
  formatDay,
  formatInZone,
  QUIET_PRESETS,
  zoneText,
} from "./outreach-text.ts";

const isKind = (k: string): k is OutreachKind => (OUTREACH_KINDS as readonly string[]).includes(k);

/** The outreach feature (with /remind and /reminders). */
export function outreachFeature(deps: { service: OutreachService }) {
  const { service } = deps;
  const composer = new Composer<BotContext>();
  const privateOnly = async (ctx: BotContext) => {
    if (ctx.chat?.type === "private" && ctx.from) return true;
    await ctx.reply(ctx.t("outreach-private-only"));
    return false;
  };

  // The answer to the time-zone question: a reply to that very message.
  composer.on("message:text", async (ctx, next) => {
    const replied = ctx.message.reply_to_message;
    if (!replied || replied.from?.id !== ctx.me.id || ctx.message.text.startsWith("/")) return next();
    const s = await service.settings(ctx.from.id);
    if (s.zonePromptId !== replied.message_id) return next();
    const zone = parseZone(ctx.message.text);
    if (!zone) {
      ctx.log.info({ answer: ctx.message.text.slice(0, 80) }, "time zone not recognised");
      await askZone(ctx, service, s.pending as PendingAction | null, "outreach-zone-unknown");
      return;
    }
    const { settings, pending } = await service.setZone(ctx.from.id, zone);
    const locale = await ctx.i18n.getLocale();
    const now = service.clock();
    await ctx.reply(
      ctx.t("outreach-zone-set", {
        zone: zoneText(ctx.t, zone),
        time: formatInZone(locale, zone, now, false),
      }),
    );
    if (pending?.kind === "checkins") {
      const menu = checkinsMenu(ctx.t, settings);
      await ctx.reply(menu.text, { reply_markup: menu.kb });
    } else if (pending?.kind === "diary") await ctx.reply(ctx.t("outreach-diary-on"));
    else if (pending?.kind === "dreams") await ctx.reply(ctx.t("outreach-dreams-on"));
    else if (pending?.kind === "remind") await scheduleReminder(ctx, service, pending, zone);
  });

  composer.command("checkins", async (ctx) => {
    if (!(await privateOnly(ctx))) return;
    const arg = ctx.match.trim().toLowerCase();
    let s = await service.settings(ctx.from!.id);
    if (arg) {
      if (!isCadence(arg)) return void (await ctx.reply(ctx.t("outreach-checkins-usage")));
      if (arg !== "off" && !s.timeZone) return askZone(ctx, service, { kind: "checkins", cadence: arg });
      s = await service.setCheckins(ctx.from!.id, arg);
    }
    const menu = checkinsMenu(ctx.t, s);
    await ctx.reply(menu.text, { reply_markup: menu.kb });
  });

  const showMenu = async (ctx: BotContext) => {
    const menu = checkinsMenu(ctx.t, await service.settings(ctx.from!.id));
    await ctx.editMessageText(menu.text, { reply_markup: menu.kb }).catch(() => {});
  };

  composer.callbackQuery(/^out:cad:(off|daily|few|weekly)$/, async (ctx) => {
    const cadence = ctx.match[1] as Cadence;
    const s = await service.settings(ctx.from.id);
    if (cadence !== "off" && !s.timeZone) {
      await ctx.answerCallbackQuery();
      return askZone(ctx, service, { kind: "checkins", cadence });
    }
    await service.setCheckins(ctx.from.id, cadence);
    await ctx.answerCallbackQuery({
      text: ctx.t("outreach-checkins-set", { cadence: ctx.t(`outreach-cadence-${cadence}`) }),
    });
    await showMenu(ctx);
  });

  composer.callbackQuery("out:quiet", async (ctx) => {
    const s = await service.settings(ctx.from.id);
    const at = QUIET_PRESETS.findIndex(([a, b]) => a === s.quietStart && b === s.quietEnd);
    const [start, end] = QUIET_PRESETS[(at + 1) % QUIET_PRESETS.length]!;
    await service.setQuiet(ctx.from.id, { start, end });
    await ctx.answerCallbackQuery();
    await showMenu(ctx);
  });

  composer.callbackQuery("out:tz", async (ctx) => {
    await ctx.answerCallbackQuery();
    await askZone(ctx, service, null, "outreach-zone-change");
  });

  composer.callbackQuery(/^out:stop:([a-z]+)$/, async (ctx) => {
    const kind = ctx.match[1]!;
    if (!isKind(kind)) return ctx.answerCallbackQuery();
    const cancelled = await service.stop(ctx.from.id, kind);
    ctx.log.info({ user_id: ctx.from.id, kind, cancelled }, "outreach stopped from its button");
    await ctx.answerCallbackQuery({ text: ctx.t("outreach-stopped-toast") });
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
    await ctx.reply(ctx.t(`outreach-stopped-${kind}`, { count: cancelled }));
  });

  // /diary: the latest entry with ◀ ▶ through older ones; /diary on|off.
  const diaryPage = async (ctx: BotContext, index: number) => {
    const userId = ctx.from!.id;
    const [{ entry, total }, s] = await Promise.all([service.diary(userId, index), service.settings(userId)]);
    if (!entry) return { text: ctx.t("outreach-diary-empty", { on: s.diary ? "yes" : "no" }), kb: undefined };
    const locale = await ctx.i18n.getLocale();
    const text = ctx.t("outreach-diary-entry", {
      date: formatDay(locale, entry.day),
      mood: diaryMood(ctx.t, entry.mood),
      summary: entry.summary,
      page: index + 1,
      pages: total,
    });
    const kb = new InlineKeyboard();
    if (index + 1 < total) kb.text("◀", `out:diary:${index + 1}`);
    if (index > 0) kb.text("▶", `out:diary:${index - 1}`);
    return { text, kb };
  };

  composer.command("diary", async (ctx) => {
    if (!(await privateOnly(ctx))) return;
    const arg = ctx.match.trim().toLowerCase();
    const userId = ctx.from!.id;
    if (arg === "on") {
      if (!(await service.settings(userId)).timeZone) return askZone(ctx, service, { kind: "diary" });
      await service.setDiary(userId, true);
      return void (await ctx.reply(ctx.t("outreach-diary-on")));
    }
    if (arg === "off") {
      await service.setDiary(userId, false);
      return void (await ctx.reply(ctx.t("outreach-diary-off")));
    }
    if (arg) return void (await ctx.reply(ctx.t("outreach-diary-usage")));
    const page = await diaryPage(ctx, 0);
    await ctx.reply(page.text, { reply_markup: page.kb });
  });

  composer.callbackQuery(/^out:diary:(\d{1,5})$/, async (ctx) => {
    const page = await diaryPage(ctx, Number(ctx.match[1]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(page.text, { reply_markup: page.kb }).catch(() => {});
  });

  composer.command("dreams", async (ctx) => {
    if (!(await privateOnly(ctx))) return;
    const arg = ctx.match.trim().toLowerCase();
    const userId = ctx.from!.id;
    if (arg === "on" || arg === "illustrated") {
      const illustrated = arg === "illustrated";
      if (!(await service.settings(userId)).timeZone)
        return askZone(ctx, service, { kind: "dreams", illustrated });
      await service.setDreams(userId, true, illustrated);
      return void (await ctx.reply(
        ctx.t(illustrated ? "outreach-dreams-on-illustrated" : "outreach-dreams-on"),
      ));
    }
    if (arg === "off") {
      await service.setDreams(userId, false, false);
      return void (await ctx.reply(ctx.t("outreach-dreams-off")));
    }
    const s = await service.settings(userId);
    await ctx.reply(
      ctx.t("outreach-dreams-usage", {
        state: s.dreams ? (s.dreamsIllustrated ? "illustrated" : "on") : "off",
      }),
    );
  });

  // Telegram tells the bot when a user blocks it (status "kicked") or comes back ("member").
  composer.on("my_chat_member", async (ctx, next) => {
    const update = ctx.myChatMember;
    if (update.chat.type !== "private") return next();
    const status = update.new_chat_member.status;
    if (status === "kicked") await service.block(update.from.id);
    else if (status === "member") await service.unblock(update.from.id);
    ctx.log.info({ user_id: update.from.id, status }, "private chat membership changed");
    await next();
  });

  composer.use(remindFeature({ service }));
  return composer;
}
