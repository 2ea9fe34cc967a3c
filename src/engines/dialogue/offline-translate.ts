/**
 * How the offline responder reaches its phrasing: a `translate(locale, id, vars)` function, in
 * production the bot's I18n instance (`(l, id, v) => i18n.t(l, id, v)`). The default below loads
 * the same Fluent files the same way, once, the first time an offline reply needs it.
 */
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import { assetUrl } from "../../assets.ts";

/** Formats the message `id` of `locale` with `vars`; what `I18n#t` does. */
export type Translate = (locale: string, id: string, vars?: Record<string, string | number>) => string;

/** The repository's locales/ directory, from src/ in development and from dist/ in the bundle. */
export const LOCALES_DIR = fileURLToPath(assetUrl("../locales"));

/** An I18n loaded the way the bot loads it: English as the default, no bidi isolation marks. */
export function loadI18n(directory: string = LOCALES_DIR): I18n {
  return new I18n({ defaultLocale: "en", directory, fluentBundleOptions: { useIsolating: false } });
}

let shared: I18n | undefined;

/** A translate function over locales/, loaded on first use and then shared. */
export function defaultTranslate(): Translate {
  return (locale, id, vars) => {
    shared ??= loadI18n();
    return shared.t(locale, id, vars);
  };
}
