/**
 * Which of the offline responder's languages a reply is written in. The message itself decides
 * first (people switch languages mid-chat), then what is known about the user, then English.
 */
import { LOCALES, type Locale } from "../../domain/locales.ts";
import { detectLanguage, LANGUAGE_NAMES, normalizeLanguageCode } from "../personality/language.ts";

/** The locales the offline responder has phrasing for (locales/<locale>/responder.ftl): all of them. */
export const RESPONDER_LOCALES = LOCALES;
export type ResponderLocale = Locale;

/**
 * Maps a language code ("pt", "pt-PT", "de-AT", "fa-IR") to the responder locale that speaks
 * it, or null when there is none. Every Portuguese goes to Brazilian Portuguese, the one we write.
 */
export function toResponderLocale(code: string | null | undefined): ResponderLocale | null {
  const base = normalizeLanguageCode(code);
  if (!base) return null;
  if (base === "pt") return "pt-BR";
  return (RESPONDER_LOCALES as readonly string[]).includes(base) ? (base as ResponderLocale) : null;
}

/**
 * Arabic-script text in a shared comparable form: no short vowels or tatweel, one alef, and the
 * Persian and Arabic shapes of yeh and kaf made the same, so one word list matches what either
 * keyboard types.
 */
export function foldArabic(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, "")
    .replace(/[أإآ]/gu, "ا")
    .replace(/[ىی]/gu, "ي")
    .replace(/ک/gu, "ك");
}

const words = (list: string) => new Set(list.split(" "));

// detectLanguage reads every Arabic-script text as Arabic; Persian has letters and little words
// of its own that tell the two apart.
const PERSIAN_LETTERS = /[پچژگ]/gu;
const PERSIAN_WORDS = words(
  "است این من را که می های برای خیلی چی هست نیست دارم ممنون مرسی چطور امروز خوبم دیروز",
);
const ARABIC_WORDS = words(
  "في على هذا هذه أنا انا لا ما هل كان التي الذي مع إلى الى شكرا اليوم كيف عن لقد جدا",
);
// Indonesian is not among detectLanguage's languages; its commonest words are distinctive enough.
const INDONESIAN_WORDS = words(
  "yang dan di ini itu aku saya kamu tidak ada dengan untuk apa ke dari sudah juga aja banget lagi bisa mau kok dong nggak gak enggak halo terima kasih adik kakak ibu bapak hari kemarin",
);

/** Persian or Arabic, and whether anything in the text said which (a lone "سلام" does not). */
function persianOrArabic(text: string): { locale: "fa" | "ar"; evidence: boolean } {
  const tokens = text.match(/[\p{L}]+/gu) ?? [];
  let fa = 2 * (text.match(PERSIAN_LETTERS)?.length ?? 0);
  let ar = 0;
  for (const t of tokens) {
    if (PERSIAN_WORDS.has(t)) fa += 1;
    if (ARABIC_WORDS.has(t)) ar += 1;
  }
  // The Persian shapes of yeh and kaf come from a Persian keyboard.
  fa += 0.5 * (text.match(/[یک]/gu)?.length ?? 0);
  return { locale: fa > ar ? "fa" : "ar", evidence: fa !== ar };
}

/** The responder locale a message is written in, with detectLanguage's confidence, or null. */
export function detectMessageLocale(text: string): { locale: ResponderLocale; confidence: number } | null {
  const detected = detectLanguage(text);
  if (detected?.code === "ar") {
    const { locale, evidence } = persianOrArabic(text);
    // The script is certain, the language is not: leave the choice to what else is known.
    return { locale, confidence: evidence ? detected.confidence : 0.3 };
  }
  const latinLetters = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latinLetters > 0 && (!detected || detected.confidence < 0.5)) {
    const tokens = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const indonesian = tokens.filter((t) => INDONESIAN_WORDS.has(t)).length;
    if (indonesian >= 2) return { locale: "id", confidence: Math.min(1, indonesian / 4) };
  }
  if (!detected) return null;
  const locale = toResponderLocale(detected.code);
  return locale ? { locale, confidence: detected.confidence } : null;
}

const NAME_TO_CODE = new Map(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name, code]));
const ANSWER_IN =
  /^Answer in (?:the language with code "([a-z]{2,3})"|([A-Z][a-z]+)) \(the user's language\)/;

/**
 * The user's language as the personality engine's style directives state it ("Answer in
 * Russian (the user's language) …"). The directives are what the dialogue receives of the style
 * profile, which weighs every earlier message and the Telegram language_code; a test pins this
 * reading to the directive the engine actually writes.
 */
export function languageFromDirectives(directives: readonly string[]): string | null {
  for (const d of directives) {
    const m = ANSWER_IN.exec(d);
    if (m) return m[1] ?? NAME_TO_CODE.get(m[2]!) ?? null;
  }
  return null;
}

const SCRIPT: Readonly<Record<ResponderLocale, "latin" | "cyrillic" | "arabic">> = {
  en: "latin",
  ru: "cyrillic",
  uk: "cyrillic",
  es: "latin",
  "pt-BR": "latin",
  de: "latin",
  fr: "latin",
  it: "latin",
  tr: "latin",
  id: "latin",
  fa: "arabic",
  ar: "arabic",
};

/** What chooseLocale weighs. */
export interface LocaleEvidence {
  /** The user's message. */
  text: string;
  /** Locales whose small-talk words ("hola", "спасибо") the message uses, most likely first. */
  said: readonly ResponderLocale[];
  /** The language the user is known to prefer (style profile), as an ISO code. */
  language?: string | null;
  /** The user's Telegram language_code. */
  languageCode?: string | null;
}

/**
 * The locale to answer in: a confident detection of the message's language; else the language
 * of a greeting or thanks word it uses; else a weak detection, unless the user's known language
 * is written in the same script (weak evidence of "some Cyrillic language" should not turn a
 * Ukrainian speaker's reply Russian); else the known language, the Telegram language, English.
 */
export function chooseLocale(e: LocaleEvidence): ResponderLocale {
  const preferred = toResponderLocale(e.language) ?? toResponderLocale(e.languageCode);
  const detected = detectMessageLocale(e.text);
  if (detected && detected.confidence >= 0.5) return detected.locale;
  if (e.said.length) {
    if (preferred && e.said.includes(preferred)) return preferred;
    if (detected && e.said.includes(detected.locale)) return detected.locale;
    return e.said[0]!;
  }
  if (detected) {
    return preferred && SCRIPT[preferred] === SCRIPT[detected.locale] ? preferred : detected.locale;
  }
  return preferred ?? "en";
}
