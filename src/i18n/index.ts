/**
 * The bot's languages: Fluent messages in `locales/<locale>/*.ftl` through @grammyjs/i18n, the
 * choice of language for each update, and translation outside an update (background sends such
 * as generation results and dead-letter notices, which go to whoever asked, in their language).
 */
import { fileURLToPath } from "node:url";
import { negotiateLanguages } from "@fluent/langneg";
import { I18n, type TranslationVariables } from "@grammyjs/i18n";
import type { Context } from "grammy";
import { assetUrl } from "../assets.ts";
import { LOCALES, type Locale } from "../domain/locales.ts";
import type { Logger } from "../observability/logger.ts";

export { LOCALES, type Locale } from "../domain/locales.ts";
export const DEFAULT_LOCALE: Locale = "en";

/** Right-to-left locales (their text is shown by Telegram's own bidi handling; nothing to wrap). */
export const RTL_LOCALES: readonly Locale[] = ["fa", "ar"];

/** `locales/` beside `src/` (or beside `dist/` in the bundle: see assets.ts). */
export const LOCALES_DIR = fileURLToPath(assetUrl("../locales"));

/** A translation function bound to one locale. */
export type Translate = (key: string, variables?: TranslationVariables) => string;

/** Where chosen languages are remembered (users via /language, groups by an admin). */
export interface LocaleStore {
  /** The user's choice from /language, and the language of their Telegram app as last seen. */
  userLocale(userId: number): Promise<{ chosen: string | null; telegram: string | null }>;
  chatLocale(chatId: number): Promise<string | null>;
  setUserLocale(userId: number, locale: string): Promise<void>;
  setChatLocale(chatId: number, locale: string): Promise<void>;
}

/**
 * The shipped locale that best serves an IETF tag as Telegram sends it ("pt-br", "en-US", "fa"),
 * among `available`; English for anything unknown or missing.
 */
export function matchLocale(tag: string | null | undefined, available: readonly string[] = LOCALES): Locale {
  if (!tag) return DEFAULT_LOCALE;
  let requested: string[];
  try {
    requested = negotiateLanguages([tag], [...available], {
      strategy: "lookup",
      defaultLocale: DEFAULT_LOCALE,
    });
  } catch {
    return DEFAULT_LOCALE; // a malformed tag
  }
  const found = requested[0];
  return (LOCALES as readonly string[]).includes(found ?? "") ? (found as Locale) : DEFAULT_LOCALE;
}

/** The two-letter ISO 639-1 code Telegram's setMyCommands and setMyName take ("pt-BR" → "pt"). */
export const telegramLanguageCode = (locale: string): string => locale.split("-")[0]!.toLowerCase();

export interface BotI18n {
  /** The grammY plugin: install with `bot.use(i18n)`; gives `ctx.t` and `ctx.i18n`. */
  i18n: I18n<Context>;
  /** The locales that have messages (English always; the others once their files exist). */
  locales: Locale[];
  /** A translator for one locale (a missing message falls back to English). */
  t(locale: string): Translate;
  /** The language for a message to this user in this chat, outside any update. */
  localeFor(target: {
    userId?: number;
    chatId?: number;
    chatType?: string;
    languageCode?: string;
  }): Promise<Locale>;
}

export interface CreateI18nOptions {
  /** Remembered choices; without it only the user's Telegram language counts. */
  store?: LocaleStore;
  logger?: Logger;
  /** Defaults to LOCALES_DIR. */
  directory?: string;
}

/**
 * Loads every locale and builds the plugin. The language of an update is, in order: the group's
 * language set by an admin, the user's choice from /language, the language of the user's Telegram
 * app, English. Fluent's bidi isolation marks are off: they would land inside HTML tags, links
 * and commands, and count against Telegram's length limits.
 */
export function createI18n(options: CreateI18nOptions = {}): BotI18n {
  const { store, logger } = options;
  const i18n: I18n<Context> = new I18n<Context>({
    defaultLocale: DEFAULT_LOCALE,
    directory: options.directory ?? LOCALES_DIR,
    fluentBundleOptions: { useIsolating: false },
    fluentOptions: {
      warningHandler: (w) =>
        logger?.warn({ warning: w.type, locales: w.locales, path: w.path }, "translation problem"),
    },
    localeNegotiator: async (ctx): Promise<Locale> => {
      const { chosen } = await storedLocale(ctx.chat?.type, ctx.chat?.id, ctx.from?.id);
      return chosen ?? matchLocale(ctx.from?.language_code, loaded);
    },
  });
  const loaded: Locale[] = LOCALES.filter((l) => i18n.locales.includes(l));

  /** The remembered choice (the group's, then the user's), and the user's app language as stored. */
  async function storedLocale(
    chatType?: string,
    chatId?: number,
    userId?: number,
  ): Promise<{ chosen: Locale | null; telegram: string | null }> {
    if (!store) return { chosen: null, telegram: null };
    const fromChat = chatId !== undefined && chatType !== "private" ? await store.chatLocale(chatId) : null;
    if (fromChat) return { chosen: matchLocale(fromChat, loaded), telegram: null };
    const user = userId !== undefined ? await store.userLocale(userId) : null;
    return {
      chosen: user?.chosen ? matchLocale(user.chosen, loaded) : null,
      telegram: user?.telegram ?? null,
    };
  }

  return {
    i18n,
    locales: loaded,
    t: (locale) => (key, variables) => i18n.t(locale, key, variables),
    async localeFor({ userId, chatId, chatType, languageCode }) {
      // A chat id equal to the user's id is their private chat; a negative one is a group.
      const type = chatType ?? (chatId !== undefined && chatId < 0 ? "group" : "private");
      const { chosen, telegram } = await storedLocale(type, chatId, userId);
      return chosen ?? matchLocale(languageCode ?? telegram, loaded);
    },
  };
}
