/**
 * /remind <when> <what> in the user's language ("tomorrow at 9 call mum", "завтра в 9 позвонить
 * маме"), confirmed with the time as it reads on their wall clock, and /reminders: the upcoming
 * ones with a ✖ button each. A reminder is keyed by the message that asked for it, so a re-run of
 * that update never plans it twice. The first /remind asks for the time zone and then schedules.
 */
import { Composer, InlineKeyboard } from "grammy";
import { languageOf } from "../../domain/locales.ts";
import { textLanguage } from "../../engines/memory-palace/index.ts";
import { parseReminder, type ReminderParse } from "../../engines/outreach/index.ts";
import type { OutreachService, PendingAction } from "../../services/outreach/outreach-service.ts";
import type { BotContext } from "../context.ts";
import { formatInZone } from "./outreach-text.ts";

type RemindRequest = Extract<PendingAction, { kind: "remind" }>;

/** Asks for the user's time zone with a reply prompt and remembers what waits for it. */
export async function askZone(
  ctx: BotContext,
  service: OutreachService,
  pending: PendingAction | null,
  key = "outreach-zone-ask",
) {
  const prompt = await ctx.reply(ctx.t(key), {
    reply_markup: { force_reply: true, input_field_placeholder: ctx.t("outreach-zone-placeholder") },
  });
  await service.awaitZone(ctx.from!.id, prompt.message_id, pending);
}

/** Reads the request in the interface's language, then in the language it is written in. */
function parseIn(text: string, langs: string[], now: number, zone: string): ReminderParse {
  let first: ReminderParse | undefined;
  for (const lang of [...new Set(langs)]) {
    const parsed = parseReminder(text, lang, now, zone);
    if (parsed.ok) return parsed;
    first ??= parsed;
  }
  return first!;
}

/** Parses and schedules a reminder request once the zone is known, and tells the user. */
export async function scheduleReminder(
  ctx: BotContext,
  service: OutreachService,
  req: RemindRequest,
  zone: string,
) {
  const now = service.clock();
  const parsed = parseIn(req.text, [req.lang, textLanguage(req.text)], now, zone);
  if (!parsed.ok) {
    ctx.log.info({ reason: parsed.reason, text: req.text.slice(0, 80) }, "reminder not understood");
    await ctx.reply(ctx.t(`outreach-remind-${parsed.reason}`));
    return;
  }
  await service.addReminder({
    userId: ctx.from!.id,
    chatId: req.chatId,
    messageId: req.messageId,
    at: parsed.at,
    text: parsed.what,
  });
  const locale = await ctx.i18n.getLocale();
  await ctx.reply(
    ctx.t("outreach-remind-set", { when: formatInZone(locale, zone, parsed.at), text: parsed.what }),
  );
}

/** /remind and /reminders. */
export function remindFeature(deps: { service: OutreachService }) {
  const { service } = deps;
  const composer = new Composer<BotContext>();

  composer.command("remind", async (ctx) => {
    if (!ctx.from || !ctx.chat) return;
    const text = ctx.match.trim();
    if (!text) return void (await ctx.reply(ctx.t("outreach-remind-usage")));
    const locale = await ctx.i18n.getLocale();
    const req: RemindRequest = {
      kind: "remind",
      text: text.slice(0, 1000),
      chatId: ctx.chat.id,
      messageId: ctx.msg.message_id,
      lang: languageOf(locale),
    };
    const s = await service.settings(ctx.from.id);
    if (!s.timeZone) return askZone(ctx, service, req);
    await scheduleReminder(ctx, service, req, s.timeZone);
  });

  const listView = async (ctx: BotContext) => {
    const userId = ctx.from!.id;
    const [list, s] = await Promise.all([service.reminders(userId), service.settings(userId)]);
    if (!list.length || !s.timeZone) return { text: ctx.t("outreach-reminders-empty"), kb: undefined };
    const locale = await ctx.i18n.getLocale();
    const shown = list.slice(0, 20);
    const lines = shown.map((r, i) =>
      ctx.t("outreach-reminders-line", {
        n: i + 1,
        when: formatInZone(locale, s.timeZone!, r.dueAt),
        text: String(r.payload.text ?? "").slice(0, 200),
      }),
    );
    const kb = new InlineKeyboard();
    shown.forEach((r, i) => {
      kb.text(`✖ ${i + 1}`, `out:rm:${r.id}`);
      if (i % 5 === 4) kb.row();
    });
    return { text: `${ctx.t("outreach-reminders-list", { count: list.length })}\n\n${lines.join("\n")}`, kb };
  };

  composer.command("reminders", async (ctx) => {
    if (!ctx.from) return;
    const view = await listView(ctx);
    await ctx.reply(view.text, { reply_markup: view.kb });
  });

  composer.callbackQuery(/^out:rm:(\d{1,18})$/, async (ctx) => {
    const cancelled = await service.cancelReminder(ctx.from.id, Number(ctx.match[1]));
    await ctx.answerCallbackQuery({
      text: ctx.t(cancelled ? "outreach-reminder-cancelled" : "outreach-reminder-gone"),
    });
    const view = await listView(ctx);
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  return composer;
}
