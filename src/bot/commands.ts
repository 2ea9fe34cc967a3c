/**
 * Every command the bot lists, in one place: /help prints it and the command menu publishes it
 * (in every language), so the two can never disagree. Descriptions are the `cmd-<command>`
 * messages in locales/<locale>/commands.ftl; the commands themselves are the same in every language.
 */
import type { Api } from "grammy";
import type { LanguageCode } from "grammy/types";
import { type BotI18n, DEFAULT_LOCALE, type Translate, telegramLanguageCode } from "../i18n/index.ts";
import type { Logger } from "../observability/logger.ts";

export const COMMANDS = [
  "start",
  "help",
  "reset",
  "cancel",
  "persona",
  "mood",
  "memory",
  "forget",
  "transcripts",
  "dream",
  "synesthesia",
  "perspectives",
  "voice",
  "checkins",
  "remind",
  "reminders",
  "diary",
  "dreams",
  "imagine",
  "video",
  "edit",
  "animate",
  "models",
  "balance",
  "history",
  "projects",
  "project",
  "transfer",
  "team",
  "buy",
  "paysupport",
  "terms",
  "token",
  "export",
  "deletedata",
  "language",
] as const;

export interface CommandInfo {
  command: string;
  description: string;
}

/** The command list with descriptions in one language. */
export const commandsIn = (t: Translate, commands: readonly string[] = COMMANDS): CommandInfo[] =>
  commands.map((command) => ({ command, description: t(`cmd-${command}`) }));

/** Telegram's limits for the bot's profile texts (setMyName, setMyDescription, setMyShortDescription). */
export const PROFILE_LIMITS = { name: 64, description: 512, shortDescription: 120 } as const;

/** The bot's name, description and short description in one language. */
export const profileIn = (t: Translate) => ({
  name: t("bot-name"),
  description: t("bot-description"),
  shortDescription: t("bot-short-description"),
});

/**
 * Publishes the command menu and the bot's profile: once without a language (English, for every
 * language without its own) and once per other locale under its two-letter code. Each value is
 * read first and written only when it differs, so a restart costs a few reads instead of the
 * writes Telegram rate-limits hard. Failures are logged; the menu is cosmetic and never stops the bot.
 */
export async function publishCommands(api: Api, i18n: BotI18n, logger: Logger): Promise<void> {
  const log = logger.child({ component: "bot-profile" });
  const attempt = async (what: string, language: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (err) {
      log.warn(
        { err: (err as Error).message, what, language },
        "could not publish the bot's menu or profile",
      );
    }
  };
  for (const locale of i18n.locales) {
    const t = i18n.t(locale);
    const code = locale === DEFAULT_LOCALE ? undefined : telegramLanguageCode(locale);
    const lang = code ? { language_code: code as LanguageCode } : undefined;
    const language = code ?? "default";
    const commands = commandsIn(t);
    const profile = profileIn(t);
    await attempt("commands", language, async () => {
      const current = await api.getMyCommands(lang);
      if (JSON.stringify(current) !== JSON.stringify(commands)) await api.setMyCommands(commands, lang);
    });
    await attempt("name", language, async () => {
      if ((await api.getMyName(lang)).name !== profile.name) await api.setMyName(profile.name, lang);
    });
    await attempt("description", language, async () => {
      if ((await api.getMyDescription(lang)).description !== profile.description)
        await api.setMyDescription(profile.description, lang);
    });
    await attempt("short description", language, async () => {
      if ((await api.getMyShortDescription(lang)).short_description !== profile.shortDescription)
        await api.setMyShortDescription(profile.shortDescription, lang);
    });
  }
}
