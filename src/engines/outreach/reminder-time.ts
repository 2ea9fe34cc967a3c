/**
 * "/remind tomorrow at 9 call mum" in the user's language: when, in the user's zone, and what.
 * chrono-node (already the memory palace's parser) reads the when in English and in ten of the
 * other locales; Turkish and Persian, which chrono lacks, and phrasings it misses get our rules:
 * "in N minutes/hours/days" and a day word from the memory palace's time words ("yarın",
 * "فردا") with a clock time. A when without a clock time means 09:00 local; a clock time alone
 * means its next occurrence.
 */
import * as chrono from "chrono-node";
import { localTimeMentions } from "../memory-palace/time-locales.ts";
import { localTime, offsetMinutes, type Zone, zonedInstant } from "./zones.ts";

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** Reminders further out than this are refused: a typo, most likely ("in 500 days"). */
export const MAX_AHEAD_MS = 366 * DAY_MS;
/** The local time a reminder for a day without a clock time goes out. */
export const DEFAULT_MINUTE = 9 * 60;

export type ReminderParse =
  | { ok: true; at: number; what: string }
  | { ok: false; reason: "no-time" | "past" | "no-text" | "too-far" };

interface ChronoParser {
  parse(text: string, ref: chrono.ParsingReference, option?: chrono.ParsingOption): chrono.ParsedResult[];
}

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const westernDigits = (s: string) =>
  s.replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));

// Relative times chrono misses (or has no locale for): number, unit, and where the "later" goes.
const UNIT_MS: Record<string, number> = { minute: MINUTE, hour: 60 * MINUTE, day: DAY_MS };
const RELATIVE: { re: RegExp; units: Record<string, string> }[] = [
  {
    re: /(?<![\p{L}\p{N}])(\d{1,4})\s*(dakika|dk|saat|gün)\s+sonra(?![\p{L}\p{N}])/giu,
    units: { dakika: "minute", dk: "minute", saat: "hour", gün: "day" },
  },
  {
    re: /(?<![\p{L}\p{N}])(\d{1,4})\s*(دقیقه|ساعت|روز)\s+(?:دیگه|دیگر|بعد)(?![\p{L}\p{N}])/gu,
    units: { دقیقه: "minute", ساعت: "hour", روز: "day" },
  },
  {
    re: /(?<![\p{L}\p{N}])بعد\s+(\d{1,4})\s*(دقائق|دقيقة|دقيقه|ساعة|ساعات|ساعه|أيام|ايام|يوم)(?![\p{L}\p{N}])/gu,
    units: {
      دقائق: "minute",
      دقيقة: "minute",
      دقيقه: "minute",
      ساعة: "hour",
      ساعات: "hour",
      ساعه: "hour",
      أيام: "day",
      ايام: "day",
      يوم: "day",
    },
  },
  {
    re: /(?<![\p{L}\p{N}])(\d{1,4})\s*(menit|jam|hari)\s+lagi(?![\p{L}\p{N}])/giu,
    units: { menit: "minute", jam: "hour", hari: "day" },
  },
];

// A clock time after an optional "at" word of any locale: "saat 9", "ساعت ۹:۳۰", "at 21:15".
const CLOCK_RE =
  /(?<![\p{L}\p{N}])(?:(?:saat|ساعت|الساعة|الساعه|pukul|jam|at|um|à|alle|a las|às|в|о)\s*)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|de la mañana|de la tarde|صبح|عصر|شب|ص|م)?(?![\p{L}\p{N}])/iu;

const LEADING_FILLER =
  /^(?:to|that|me|about|чтобы|что|про|щоб|про|que|de|para|dass|an|di|untuk|bahwa|که|أن|ان|بأن)\s+/iu;

/** The reminder's text: the request without the when, connecting words and stray punctuation. */
function whatOf(text: string, cut: { index: number; length: number }[]): string {
  let out = text;
  for (const c of [...cut].sort((a, b) => b.index - a.index)) {
    out = `${out.slice(0, c.index)} ${out.slice(c.index + c.length)}`;
  }
  out = out.replace(/\s+/g, " ").trim();
  out = out.replace(/^[\s,.:;!\-–—]+|[\s,:;\-–—]+$/gu, "");
  for (let i = 0; i < 2; i++) out = out.replace(LEADING_FILLER, "");
  return out.trim();
}

function chronoParse(text: string, lang: string, now: number, zone: Zone) {
  const parser = (chrono as unknown as Record<string, ChronoParser | undefined>)[lang];
  if (!parser) return null;
  const [r] = parser.parse(
    text,
    { instant: new Date(now), timezone: offsetMinutes(zone, now) },
    { forwardDate: true },
  );
  if (!r) return null;
  const c = r.start;
  let at: number;
  if (c.isCertain("hour") || c.isCertain("minute")) at = c.date().getTime();
  else {
    // A day without a clock time: the morning of that day in the user's zone.
    at = zonedInstant(zone, c.get("year")!, c.get("month")! - 1, c.get("day")!, DEFAULT_MINUTE);
  }
  return { at, cut: [{ index: r.index, length: r.text.length }] };
}

function ruleParse(text: string, lang: string, now: number, zone: Zone): { at: number; what: string } | null {
  for (const rule of RELATIVE) {
    rule.re.lastIndex = 0;
    const m = rule.re.exec(text);
    if (m) {
      const unit = rule.units[m[2]!.toLowerCase()] ?? rule.units[m[2]!];
      if (!unit) continue;
      const at = now + Number(m[1]) * UNIT_MS[unit]!;
      return { at, what: whatOf(text, [{ index: m.index, length: m[0].length }]) };
    }
  }
  // A day word of the user's language, resolved on the local calendar (the memory palace's words
  // work in UTC days, so they are given the local wall time as if it were UTC).
  const offset = offsetMinutes(zone, now) * MINUTE;
  const wall = now + offset;
  const cut: { index: number; length: number }[] = [];
  let day: number | undefined;
  const lower = text.toLocaleLowerCase(lang === "tr" ? "tr" : undefined);
  for (const m of localTimeMentions(text, wall, lang)) {
    if (m.window.end - m.window.start >= DAY_MS || m.window.end < wall - DAY_MS) continue;
    const index = lower.indexOf(m.phrase);
    if (index < 0) continue;
    day = m.window.start;
    cut.push({ index, length: m.phrase.length });
    break;
  }
  const rest = cut.length ? whatOf(text, cut) : text;
  const clock = CLOCK_RE.exec(rest);
  let minute: number | undefined;
  if (clock && (clock[2] !== undefined || clock[3] !== undefined || /\D/.test(clock[0].trim().slice(0, 1)))) {
    let h = Number(clock[1]);
    const mer = clock[3]?.toLowerCase();
    if (mer && /pm|tarde|عصر|شب|م/.test(mer) && h < 12) h += 12;
    if (mer && /am|mañana|صبح|ص/.test(mer) && h === 12) h = 0;
    const mm = Number(clock[2] ?? 0);
    if (h < 24 && mm < 60) minute = h * 60 + mm;
  }
  if (day === undefined && minute === undefined) return null;
  const local = localTime(zone, now);
  const base = day !== undefined ? new Date(day) : new Date(Date.UTC(local.year, local.month, local.day));
  let at = zonedInstant(
    zone,
    base.getUTCFullYear(),
    base.getUTCMonth(),
    base.getUTCDate(),
    minute ?? DEFAULT_MINUTE,
  );
  // A clock time alone is its next occurrence.
  if (day === undefined && at <= now) {
    const next = new Date(base.getTime() + DAY_MS);
    at = zonedInstant(zone, next.getUTCFullYear(), next.getUTCMonth(), next.getUTCDate(), minute!);
  }
  const parts = clock && minute !== undefined ? [{ index: clock.index, length: clock[0].length }] : [];
  return { at, what: whatOf(rest, parts) };
}

/**
 * Reads a reminder request in language `lang` (a locale's language: "en", "pt", "fa"…) at `now`
 * for a user in `zone`. Refuses a request with no recognisable time, a time already past, more
 * than a year ahead, or nothing to be reminded of.
 */
export function parseReminder(input: string, lang: string, now: number, zone: Zone): ReminderParse {
  const text = westernDigits(input.trim());
  if (!text) return { ok: false, reason: "no-time" };
  // The user's own language first, then our rules, then English (people mix in "at 9pm").
  const own = chronoParse(text, lang, now, zone);
  let found = own ? { at: own.at, what: whatOf(text, own.cut) } : ruleParse(text, lang, now, zone);
  if (!found && lang !== "en") {
    const en = chronoParse(text, "en", now, zone);
    if (en) found = { at: en.at, what: whatOf(text, en.cut) };
  }
  if (!found) return { ok: false, reason: "no-time" };
  if (found.at <= now) return { ok: false, reason: "past" };
  if (found.at - now > MAX_AHEAD_MS) return { ok: false, reason: "too-far" };
  if (!found.what) return { ok: false, reason: "no-text" };
  return { ok: true, at: found.at, what: found.what.slice(0, 500) };
}
