/**
 * The live-status page in the reader's language. The page (live-status.html) is written as an
 * English page whose words are {{message-id}} marks, with a /*I18N*\/ slot for the sentences its
 * script writes; each locale's page is rendered once, on first request, from live-page.ftl.
 */
import { escapeHtml } from "../bot/format.ts";
import { type BotI18n, matchLocale, RTL_LOCALES, type Translate } from "../i18n/index.ts";

/** Sentences the page's script writes, with the {name} placeholders it fills in. */
const SCRIPT_MESSAGES: Record<string, Record<string, string>> = {
  "live-failed": {},
  "live-open": {},
  "live-connecting": {},
  "live-connected": { user: "{user}" },
  "live-connected-admin": { user: "{user}" },
  "live-missed": {},
  "live-error": { message: "{message}" },
  "live-disconnected-fatal": { reason: "{reason}" },
  "live-reconnecting": { reason: "{reason}", seconds: "{seconds}" },
};

/** Fills a page template for one locale. */
export function renderLivePage(template: string, t: Translate, locale: string): string {
  const script = Object.fromEntries(
    Object.entries(SCRIPT_MESSAGES).map(([key, vars]) => [key, t(key, vars)]),
  );
  // "<" escaped so no message can close the script element.
  const json = JSON.stringify(script).replace(/</g, "\\u003c");
  const dir = (RTL_LOCALES as readonly string[]).includes(locale) ? "rtl" : "ltr";
  return template
    .replace('<html lang="en" dir="ltr">', `<html lang="${locale}" dir="${dir}">`)
    .replace(/\{\{([a-z-]+)\}\}/g, (_m, key: string) => escapeHtml(t(key)).replace(/"/g, "&quot;"))
    .replace("/*I18N*/{}", json);
}

/** The reader's locale: `?lang=` (the /token link carries the chat's), else the browser's languages. */
export function pageLocale(i18n: BotI18n, lang: string | null, acceptLanguage: string | undefined): string {
  if (lang) return matchLocale(lang, i18n.locales);
  const wanted = (acceptLanguage ?? "")
    .split(",")
    .map((part) => part.split(";")[0]!.trim())
    .filter(Boolean)
    .slice(0, 8);
  for (const tag of wanted) {
    const locale = matchLocale(tag, i18n.locales);
    if (locale !== "en" || tag.toLowerCase().startsWith("en")) return locale;
  }
  return "en";
}

/** Renders (and keeps) the page per locale. */
export function livePages(i18n: BotI18n, template: string) {
  const pages = new Map<string, Buffer>();
  return (locale: string): Buffer => {
    let page = pages.get(locale);
    if (!page) {
      page = Buffer.from(renderLivePage(template, i18n.t(locale), locale));
      pages.set(locale, page);
    }
    return page;
  };
}
