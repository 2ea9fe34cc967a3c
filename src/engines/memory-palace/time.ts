/**
 * Time expressions: finds phrases such as "yesterday", "last week", "in May", "two years ago" or
 * "8 May, 2023" in text and resolves them to windows against a reference time, and formats when a
 * memory was said ("3 weeks ago (12 May 2026)"). Calendar arithmetic is in UTC so results depend
 * only on the arguments.
 */
import { hasLocalTimeCue, localTimeMentions } from "./time-locales.ts";
import type { TimeWindow } from "./types.ts";

/** One day in ms. */
export const DAY_MS = 86_400_000;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  couple: 2,
  "a couple of": 2,
  "a couple": 2,
  few: 3,
  "a few": 3,
  several: 4,
};

const MONTH_RE =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
const NUM_RE =
  "(\\d{1,3}|a couple of|a couple|a few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|couple|few|several)";

function monthIndex(name: string): number {
  const n = name.toLowerCase().replace(".", "");
  const full = MONTHS.indexOf(n);
  if (full >= 0) return full;
  return MONTH_SHORT.indexOf(n === "sept" ? "sep" : n);
}

function parseNumber(s: string): number {
  const n = Number(s);
  if (Number.isFinite(n)) return n;
  return NUMBER_WORDS[s.toLowerCase()] ?? 1;
}

/** Start of the UTC day containing `t`. */
export function startOfDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

function dayWindow(t: number): TimeWindow {
  const s = startOfDay(t);
  return { start: s, end: s + DAY_MS - 1 };
}

function monthWindow(year: number, month: number): TimeWindow {
  return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) - 1 };
}

function yearWindow(year: number): TimeWindow {
  return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - 1 };
}

/** Window of a point `t` widened by `slack` ms on both sides. */
function around(t: number, slack: number): TimeWindow {
  return { start: t - slack, end: t + slack };
}

/** The most recent occurrence of month/day not after `ref` (plus a day of slack for "today"). */
function resolveYearless(month: number, day: number, ref: number): number {
  const year = new Date(ref).getUTCFullYear();
  const candidate = Date.UTC(year, month, day);
  return candidate > ref + DAY_MS ? Date.UTC(year - 1, month, day) : candidate;
}

function resolveMonthOnly(month: number, ref: number, direction: "past" | "future" | "nearest"): TimeWindow {
  const d = new Date(ref);
  const year = d.getUTCFullYear();
  const cur = d.getUTCMonth();
  if (direction === "future") return monthWindow(month >= cur ? year : year + 1, month);
  if (direction === "past") return monthWindow(month < cur ? year : year - 1, month);
  return monthWindow(month <= cur ? year : year - 1, month);
}

const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };

function seasonWindow(season: string, ref: number, which: "last" | "this" | "next"): TimeWindow {
  const startMonth = SEASON_START[season] ?? 5;
  const d = new Date(ref);
  let year = d.getUTCFullYear();
  const monthAbs = year * 12 + d.getUTCMonth();
  // Latest season start not after ref.
  let start = year * 12 + startMonth;
  if (start > monthAbs) start -= 12;
  if (which === "last" && monthAbs - start < 3) start -= 12;
  if (which === "next") start += 12;
  year = Math.floor(start / 12);
  const month = start % 12;
  return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 3, 1) - 1 };
}

function weekStart(t: number): number {
  // Weeks start on Monday.
  const day = startOfDay(t);
  const dow = (new Date(day).getUTCDay() + 6) % 7;
  return day - dow * DAY_MS;
}

const UNIT_MS: Record<string, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  year: 365.25 * DAY_MS,
};

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ref: number): TimeWindow | null;
}

const RULES: Rule[] = [
  {
    // 8 May, 2023 / 8th of May 2023
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH_RE},? (\\d{4})\\b`, "gi"),
    resolve: (m) => dayWindow(Date.UTC(Number(m[3]), monthIndex(m[2]!), Number(m[1]))),
  },
  {
    // May 8, 2023 / May 8th 2023
    re: new RegExp(`\\b${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "gi"),
    resolve: (m) => dayWindow(Date.UTC(Number(m[3]), monthIndex(m[1]!), Number(m[2]))),
  },
  {
    // 2023-05-08
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => dayWindow(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  },
  {
    // May 2023 / May, 2023
    re: new RegExp(`\\b${MONTH_RE},? (\\d{4})\\b`, "gi"),
    resolve: (m) => monthWindow(Number(m[2]), monthIndex(m[1]!)),
  },
  {
    // May 8 / 8 May (no year): the latest such day not after ref.
    re: new RegExp(
      `\\b(?:${MONTH_RE} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_RE})\\b`,
      "gi",
    ),
    resolve: (m, ref) => {
      const month = monthIndex((m[1] ?? m[4])!);
      const day = Number(m[2] ?? m[3]);
      if (month < 0 || day < 1 || day > 31) return null;
      return dayWindow(resolveYearless(month, day, ref));
    },
  },
  {
    // in May / last May / next July / early June; bare "may" needs a cue because it is also a verb.
    re: new RegExp(
      `\\b(in|during|last|this|next|early|late|mid|since|until|by|of)[ -]${MONTH_RE}\\b(?!,? \\d)`,
      "gi",
    ),
    resolve: (m, ref) => {
      const cue = m[1]!.toLowerCase();
      const dir = cue === "next" ? "future" : cue === "last" ? "past" : "nearest";
      return resolveMonthOnly(monthIndex(m[2]!), ref, dir);
    },
  },
  {
    re: /\b(?:in|since|during|of|by) (19\d{2}|20\d{2})\b/gi,
    resolve: (m) => yearWindow(Number(m[1])),
  },
  {
    re: /\b(?:the day before yesterday)\b/gi,
    resolve: (_m, ref) => dayWindow(ref - 2 * DAY_MS),
  },
  {
    re: /\b(?:yesterday|last night)\b/gi,
    resolve: (_m, ref) => dayWindow(ref - DAY_MS),
  },
  {
    re: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi,
    resolve: (_m, ref) => dayWindow(ref),
  },
  {
    re: /\b(?:tomorrow)\b/gi,
    resolve: (_m, ref) => dayWindow(ref + DAY_MS),
  },
  {
    re: new RegExp(`\\b${NUM_RE} (day|week|month|year)s? (ago|back|before)\\b`, "gi"),
    resolve: (m, ref) => {
      const unit = UNIT_MS[m[2]!.toLowerCase()]!;
      const n = parseNumber(m[1]!);
      return around(ref - n * unit, Math.max(DAY_MS, unit / 2));
    },
  },
  {
    re: new RegExp(`\\bin ${NUM_RE} (day|week|month|year)s?\\b`, "gi"),
    resolve: (m, ref) => {
      const unit = UNIT_MS[m[2]!.toLowerCase()]!;
      return around(ref + parseNumber(m[1]!) * unit, Math.max(DAY_MS, unit / 2));
    },
  },
  {
    re: /\b(last|past|previous|this|next) (week|weekend|month|year)\b/gi,
    resolve: (m, ref) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const d = new Date(ref);
      const y = d.getUTCFullYear();
      const mo = d.getUTCMonth();
      const off = which === "this" ? 0 : which === "next" ? 1 : -1;
      if (unit === "week") {
        const s = weekStart(ref) + off * 7 * DAY_MS;
        // "last week" in speech is loose: it also covers the last seven days.
        if (off === -1) return { start: Math.min(s, startOfDay(ref) - 7 * DAY_MS), end: startOfDay(ref) - 1 };
        return { start: s, end: s + 7 * DAY_MS - 1 };
      }
      if (unit === "weekend") {
        const sat = weekStart(ref) + 5 * DAY_MS;
        let s = sat + off * 7 * DAY_MS;
        if (off === -1 && ref >= sat + 2 * DAY_MS) s += 7 * DAY_MS;
        return { start: s, end: s + 2 * DAY_MS - 1 };
      }
      if (unit === "month") return monthWindow(y, mo + off);
      return yearWindow(y + off);
    },
  },
  {
    re: /\b(last|this past|this|next|on) (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    resolve: (m, ref) => {
      const which = m[1]!.toLowerCase();
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = startOfDay(ref);
      const dow = new Date(today).getUTCDay();
      if (which === "next") return dayWindow(today + (((target - dow + 7) % 7) + 7) * DAY_MS);
      if (which === "this" && target >= dow) return dayWindow(today + (target - dow) * DAY_MS);
      const back = (dow - target + 7) % 7 || 7;
      return dayWindow(today - back * DAY_MS);
    },
  },
  {
    re: /\b(last|this|next|in the|in|over the|during the) (summer|winter|spring|fall|autumn)\b/gi,
    resolve: (m, ref) => {
      const w = m[1]!.toLowerCase();
      const which = w === "last" ? "last" : w === "next" ? "next" : "this";
      return seasonWindow(m[2]!.toLowerCase(), ref, which);
    },
  },
];

/** A resolved time expression: the matched phrase and its window. */
export interface TimeMention {
  phrase: string;
  window: TimeWindow;
}

/**
 * Find time expressions in `text` and resolve them against `ref` (ms since epoch). Overlapping
 * phrases are resolved by the first (most specific) rule, so "8 May, 2023" is one day, not a month.
 * For a text in another language (`lang`, see text-language.ts) that language's expressions are
 * added (time-locales.ts); the English rules still run for what every language writes the same
 * way, such as ISO dates.
 */
export function findTimeMentions(text: string, ref: number, lang = "en"): TimeMention[] {
  const taken: [number, number][] = [];
  const out: TimeMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const w = rule.resolve(m, ref);
      if (!w || !Number.isFinite(w.start) || !Number.isFinite(w.end)) continue;
      taken.push([s, e]);
      out.push({ phrase: m[0], window: w });
    }
  }
  if (lang !== "en") out.push(...localTimeMentions(text, ref, lang));
  return out;
}

/** Windows of all time expressions in `text` (in language `lang`) resolved against `ref`. */
export function timeWindows(text: string, ref: number, lang = "en"): TimeWindow[] {
  return findTimeMentions(text, ref, lang).map((m) => m.window);
}

const TIME_CUE_RE =
  /\b(yesterday|today|tonight|tomorrow|ago|last|since|until|weekend|week|month|year|years|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|summer|winter|spring|autumn|recently|earlier|lately|soon|next|first time|when i was|back then|birthday|anniversary|\d{4})\b/i;

/** True when the text talks about time at all: a hint that it can answer "when" questions. */
export function hasTimeCue(text: string, lang = "en"): boolean {
  return TIME_CUE_RE.test(text) || (lang !== "en" && hasLocalTimeCue(text, lang));
}

/**
 * Parse a stand-alone date such as "1:56 pm on 8 May, 2023", "8 May 2023", "May 8, 2023" or ISO
 * text to ms since epoch (UTC), or undefined. Services use it for dates coming from outside.
 */
export function parseDateText(text: string): number | undefined {
  const iso = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && Number.isFinite(iso)) return iso;
  const mentions = findTimeMentions(text, Date.UTC(2100, 0, 1));
  const day = mentions.find((m) => m.window.end - m.window.start < DAY_MS);
  if (!day) return undefined;
  let t = day.window.start;
  const clock = /\b(\d{1,2}):(\d{2})\s*(am|pm)?\b/i.exec(text);
  if (clock) {
    let h = Number(clock[1]);
    const meridiem = clock[3]?.toLowerCase();
    if (meridiem === "pm" && h < 12) h += 12;
    if (meridiem === "am" && h === 12) h = 0;
    t += (h * 60 + Number(clock[2])) * 60_000;
  }
  return t;
}

const MONTH_TITLE = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));

/** "12 May 2026" for a timestamp (UTC). */
export function formatDate(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTH_TITLE[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/**
 * Describe when something was said relative to `now`, e.g. "3 weeks ago (12 May 2026)", so the
 * prompt carries both a human sense of distance and the exact date.
 */
export function formatWhen(t: number, now: number): string {
  const days = Math.round((startOfDay(now) - startOfDay(t)) / DAY_MS);
  const abs = Math.abs(days);
  let rel: string;
  if (days === 0) rel = "today";
  else if (days === 1) rel = "yesterday";
  else if (days === -1) rel = "tomorrow";
  else {
    let span: string;
    if (abs < 14) span = plural(abs, "day");
    else if (abs < 60) span = plural(Math.round(abs / 7), "week");
    else if (abs < 730) span = plural(Math.round(abs / 30.44), "month");
    else span = plural(Math.round(abs / 365.25), "year");
    rel = days > 0 ? `${span} ago` : `in ${span}`;
  }
  return `${rel} (${formatDate(t)})`;
}
