/**
 * How the offline responder retells a remembered message: in the words and language it was told
 * in, with when it was told said in the reply's language.
 */
import type { RecalledMemory } from "./compose.ts";
import { withoutGreeting } from "./offline-intents.ts";
import { detectMessageLocale, type ResponderLocale } from "./offline-locale.ts";
import type { Translate } from "./offline-translate.ts";

/** First person → second person, so a remembered "my sister" comes back as "your sister". */
function toSecondPerson(text: string): string {
  const map: Record<string, string> = {
    i: "you",
    "i'm": "you're",
    "i've": "you've",
    me: "you",
    my: "your",
    mine: "yours",
    myself: "yourself",
    am: "are",
    "i'll": "you'll",
  };
  return text.replace(/\b(i'm|i've|i'll|i|me|my|mine|myself|am)\b/gi, (w) => map[w.toLowerCase()] ?? w);
}

/**
 * A remembered message ready to be retold, with the Fluent `$form` that fits it: "indirect"
 * when an English reply can say "you told me that your sister …" (the person flipped), "quote"
 * otherwise. Only English gets the flip: done word by word, it would break the grammar of
 * languages that inflect verbs for the person, so every other language quotes the user's own
 * words, in the language they were written in.
 */
export function retold(
  text: string,
  locale: ResponderLocale,
): { memory: string; form: "indirect" | "quote" } {
  const body = withoutGreeting(text).replace(/[\s.!?。؟…]+$/u, "");
  const language = detectMessageLocale(body)?.locale;
  if (locale === "en" && (language === undefined || language === "en"))
    return { memory: toSecondPerson(body), form: "indirect" };
  return { memory: body, form: "quote" };
}

const DAY_MS = 86_400_000;
const ISO_DATE = /\((\d{4})-(\d{2})-(\d{2})\)/;
const ENGLISH_AGO = /^(\d+) (day|week|month|year)s? ago/;

/**
 * Whole calendar days (UTC) between when a memory was told and now, or null when neither its
 * timestamp nor its phrased `when` ("yesterday (2026-11-21)", "3 days ago") says.
 */
export function daysAgo(memory: RecalledMemory, now: Date): number | null {
  const today = Math.floor(now.getTime() / DAY_MS);
  if (typeof memory.at === "number" && Number.isFinite(memory.at))
    return Math.max(0, today - Math.floor(memory.at / DAY_MS));
  const date = ISO_DATE.exec(memory.when);
  if (date) return Math.max(0, today - Math.floor(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!) / DAY_MS));
  const when = memory.when.trim().toLowerCase();
  if (when.startsWith("today")) return 0;
  if (when.startsWith("yesterday")) return 1;
  const ago = ENGLISH_AGO.exec(when);
  if (!ago) return null;
  const per = { day: 1, week: 7, month: 30, year: 365 }[ago[2] as "day" | "week" | "month" | "year"];
  return Number(ago[1]) * per;
}

/**
 * When a memory was told, in the reply's language ("вчера", "hace 3 semanas"), through the
 * `responder-when` message and its plural forms. An English reply keeps the caller's own
 * phrasing when there is no timestamp, so it reads exactly as the rest of the service does.
 */
export function whenTold(memory: RecalledMemory, now: Date, locale: ResponderLocale, t: Translate): string {
  if (locale === "en" && memory.at === undefined && memory.when.trim()) return memory.when.trim();
  const days = daysAgo(memory, now);
  if (days === null) return t(locale, "responder-when", { unit: "earlier", count: 0 });
  if (days === 0) return t(locale, "responder-when", { unit: "today", count: 0 });
  if (days === 1) return t(locale, "responder-when", { unit: "yesterday", count: 1 });
  // The same steps as the memory palace's own "3 weeks ago".
  if (days < 14) return t(locale, "responder-when", { unit: "days", count: days });
  if (days < 60) return t(locale, "responder-when", { unit: "weeks", count: Math.round(days / 7) });
  if (days < 730) return t(locale, "responder-when", { unit: "months", count: Math.round(days / 30.44) });
  return t(locale, "responder-when", { unit: "years", count: Math.round(days / 365.25) });
}
