/**
 * The languages the service speaks: the bot's interface, the offline responder's phrasing and the
 * memory palace's stemmers, stop words and time words all cover exactly these, so they are named
 * once, below every layer that uses them.
 */

/** Every locale shipped, English first (the source language and the fallback). */
export const LOCALES = ["en", "ru", "uk", "es", "pt-BR", "de", "fr", "it", "tr", "id", "fa", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

/** A locale's language alone ("pt-BR" → "pt"), as type and value. */
export type LanguageOf<L extends string> = L extends `${infer Base}-${string}` ? Base : L;
export type Language = LanguageOf<Locale>;
export const languageOf = <L extends string>(locale: L): LanguageOf<L> =>
  locale.split("-")[0]!.toLowerCase() as LanguageOf<L>;

/** The two-letter languages of LOCALES, in the same order. */
export const LANGUAGES: readonly Language[] = LOCALES.map(languageOf);
