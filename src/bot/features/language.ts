/**
 * /language: one button per language, each in its own name ("Русский", "فارسی"). Pressing one
 * remembers the choice in the database and confirms in the new language. In a private chat it is
 * the user's language; in a group it is the group's, and only the group's admins may change it.
 * Callback data names the locale ("lang:pt-BR"), never a translated word.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { BotI18n, LocaleStore } from "../../i18n/index.ts";
import type { BotContext } from "../context.ts";

export interface LanguageFeatureDeps {
  i18n: BotI18n;
  store: Pick<LocaleStore, "setUserLocale" | "setChatLocale">;
}

const PREFIX = "lang:";
const ADMIN_STATUSES = new Set(["creator", "administrator"]);

/** The language feature. */
export function languageFeature(deps: LanguageFeatureDeps) {
  const { i18n } = deps;
  const composer = new Composer<BotContext>();
  const selfName = (locale: string) => i18n.t(locale)("language-self-name");

  const keyboard = (current: string) => {
    const kb = new InlineKeyboard();
    i18n.locales.forEach((locale, i) => {
      kb.text(`${locale === current ? "✅ " : ""}${selfName(locale)}`, `${PREFIX}${locale}`);
      if (i % 2 === 1) kb.row();
    });
    return kb;
  };

  // Telegram reports the sender of an anonymous admin's message as the group itself.
  const isGroupAdmin = async (ctx: BotContext) => {
    if (!ctx.chat || !ctx.from) return false;
    if (ctx.from.id === ctx.chat.id || ctx.from.username === "GroupAnonymousBot") return true;
    const member = await ctx.getChatMember(ctx.from.id).catch(() => null);
    return member !== null && ADMIN_STATUSES.has(member.status);
  };

  composer.command("language", async (ctx) => {
    const current = await ctx.i18n.getLocale();
    const group = ctx.chat.type !== "private";
    const text = ctx.t(group ? "language-choose-group" : "language-choose", { language: selfName(current) });
    await ctx.reply(text, { reply_markup: keyboard(current) });
  });

  composer.callbackQuery(new RegExp(`^${PREFIX}([A-Za-z-]{2,10})$`), async (ctx) => {
    const locale = i18n.locales.find((l) => l === ctx.match[1]);
    if (!locale) return void (await ctx.answerCallbackQuery({ text: ctx.t("language-unknown") }));
    const chat = ctx.chat ?? ctx.callbackQuery.message?.chat;
    const group = chat !== undefined && chat.type !== "private";
    if (group) {
      if (!(await isGroupAdmin(ctx))) {
        return void (await ctx.answerCallbackQuery({
          text: ctx.t("language-admins-only"),
          show_alert: true,
        }));
      }
      await deps.store.setChatLocale(chat.id, locale);
    } else {
      await deps.store.setUserLocale(ctx.from.id, locale);
    }
    ctx.log.info({ locale, scope: group ? "chat" : "user" }, "language chosen");
    // The confirmation, and anything else this update says, is in the new language.
    ctx.i18n.useLocale(locale);
    const confirmation = ctx.t(group ? "language-set-group" : "language-set", { language: selfName(locale) });
    await ctx.answerCallbackQuery({ text: confirmation });
    await ctx.editMessageText(confirmation, { reply_markup: keyboard(locale) }).catch(() => {});
  });

  return composer;
}
