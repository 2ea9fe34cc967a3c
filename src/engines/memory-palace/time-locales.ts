/**
 * Time expressions in the bot's other locales. chrono-node (kept, MIT) parses Russian, Ukrainian,
 * German, French, Italian, Indonesian and Arabic well, and Spanish and Portuguese in part; our
 * rules cover what it does not: Turkish and Persian entirely (chrono has no such locales), and the
 * Spanish, Portuguese, German and French phrases it misses ("la semana pasada", "hace dos días",
 * "há dois dias", "im März", "en mars"). Rules run first and win overlaps. chrono only runs on
 * texts that contain a time word or a digit of their language: it costs tens of microseconds a
 * call, and most chat turns name no time.
 */
import * as chrono from "chrono-node";
import { normalizeText } from "./text-language.ts";
import { CHRONO_LOCALES, type LocaleSpec, SPECS, TIME_CUES, type Unit } from "./time-locale-words.ts";
import type { TimeWindow } from "./types.ts";

const DAY_MS = 86_400_000;

const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}\\p{N}])";

function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ref: number): TimeWindow | null;
}

const startOfDay = (t: number): number => Math.floor(t / DAY_MS) * DAY_MS;
const dayWindow = (t: number): TimeWindow => ({ start: startOfDay(t), end: startOfDay(t) + DAY_MS - 1 });
const monthWindow = (y: number, m: number): TimeWindow => ({
  start: Date.UTC(y, m, 1),
  end: Date.UTC(y, m + 1, 1) - 1,
});
const yearWindow = (y: number): TimeWindow => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - 1 });
const UNIT_MS: Record<Unit, number> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: 30.44 * DAY_MS,
  year: 365.25 * DAY_MS,
};

function periodWindow(unit: Unit, off: number, ref: number): TimeWindow {
  const d = new Date(ref);
  if (unit === "week") {
    const monday = startOfDay(ref) - ((d.getUTCDay() + 6) % 7) * DAY_MS;
    // As in English, "last week" in speech also covers the last seven days.
    if (off === -1)
      return { start: Math.min(monday - 7 * DAY_MS, startOfDay(ref) - 7 * DAY_MS), end: startOfDay(ref) - 1 };
    return { start: monday + off * 7 * DAY_MS, end: monday + (off + 1) * 7 * DAY_MS - 1 };
  }
  if (unit === "month") return monthWindow(d.getUTCFullYear(), d.getUTCMonth() + off);
  if (unit === "year") return yearWindow(d.getUTCFullYear() + off);
  return dayWindow(ref + off * DAY_MS);
}

function buildRules(lang: string, spec: LocaleSpec): Rule[] {
  const n = (s: string): string => normalizeText(s, lang);
  const rules: Rule[] = [];
  const days = new Map(Object.entries(spec.days).map(([k, v]) => [n(k), v]));
  if (days.size > 0) {
    rules.push({
      re: new RegExp(`${L}(${alternation(days.keys())})${R}`, "gu"),
      resolve: (m, ref) => dayWindow(ref + days.get(m[1]!.replace(/\s+/g, " "))! * DAY_MS),
    });
  }
  // Before the periods, so "۳ هفته قبل" is three weeks ago and not "last week".
  if (spec.ago) {
    const units = new Map(Object.entries(spec.units).map(([k, v]) => [n(k), v]));
    const numbers = new Map(Object.entries(spec.numbers).map(([k, v]) => [n(k), v]));
    const src = n(
      spec.ago
        .replaceAll("NUM", `(\\d{1,3}|${alternation(numbers.keys())})`)
        .replaceAll("UNIT", `(${alternation(units.keys())})`),
    );
    rules.push({
      re: new RegExp(`${L}(?:${src})${R}`, "gu"),
      resolve: (m, ref) => {
        const [num, unitWord] = m.slice(1).filter((g) => g !== undefined);
        const unit = units.get(unitWord!)!;
        const count = Number(num) || numbers.get(num!) || 1;
        const slack = Math.max(DAY_MS, UNIT_MS[unit] / 2);
        const at = ref - count * UNIT_MS[unit];
        return { start: at - slack, end: at + slack };
      },
    });
  }
  const periods = new Map(Object.entries(spec.periods).map(([k, v]) => [n(k), v]));
  if (periods.size > 0) {
    rules.push({
      re: new RegExp(`${L}(${alternation(periods.keys())})${R}`, "gu"),
      resolve: (m, ref) => {
        const [unit, off] = periods.get(m[1]!.replace(/\s+/g, " "))!;
        return periodWindow(unit, off, ref);
      },
    });
  }
  if (spec.months) {
    const names = spec.months.map(n);
    rules.push({
      re: new RegExp(`${L}(${alternation(names)})\\p{L}{0,3}${R}(?!\\s*\\d)`, "gu"),
      resolve: (m, ref) => {
        const month = names.indexOf(m[1]!);
        const d = new Date(ref);
        // The latest such month not after the reference: people mostly report what happened.
        const year = month <= d.getUTCMonth() ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
        return monthWindow(year, month);
      },
    });
  }
  if (spec.weekdays) {
    const names = spec.weekdays.map(n);
    const before = spec.lastBefore?.map(n) ?? [];
    const after = spec.lastAfter?.map(n) ?? [];
    const day = `(${alternation(names)})`;
    const src = [
      before.length ? `(?:${alternation(before)})\\s+${day}` : "",
      after.length ? `${day}\\s+(?:${alternation(after)})` : "",
    ].filter(Boolean);
    rules.push({
      re: new RegExp(`${L}(?:${src.join("|")})${R}`, "gu"),
      resolve: (m, ref) => {
        const target = names.indexOf((m[1] ?? m[2])!) % 7;
        const dow = new Date(ref).getUTCDay();
        const back = (dow - target + 7) % 7 || 7;
        return dayWindow(startOfDay(ref) - back * DAY_MS);
      },
    });
  }
  return rules;
}

const rulesByLang = new Map<string, Rule[]>();
const cueByLang = new Map<string, RegExp | null>();

function cueOf(lang: string): RegExp | null {
  let cue = cueByLang.get(lang);
  if (cue === undefined) {
    const words = TIME_CUES[lang];
    cue = words
      ? new RegExp(`\\d|${L}(?:${alternation(normalizeText(words, lang).split(/\s+/))})`, "u")
      : null;
    cueByLang.set(lang, cue);
  }
  return cue;
}

/** A time phrase found in a text and the window it names. */
export interface LocalMention {
  phrase: string;
  window: TimeWindow;
}

interface ChronoLocale {
  parse(text: string, ref: chrono.ParsingReference): chrono.ParsedResult[];
}

function chronoMentions(text: string, ref: number, lang: string): LocalMention[] {
  const parser = (chrono as unknown as Record<string, ChronoLocale | undefined>)[lang];
  if (!parser) return [];
  const out: LocalMention[] = [];
  for (const r of parser.parse(text, { instant: new Date(ref), timezone: 0 })) {
    const c = r.start;
    const y = c.get("year")!;
    const mo = c.get("month")! - 1;
    const d = c.get("day")!;
    let window: TimeWindow;
    if (c.isCertain("day") || c.isCertain("weekday")) {
      window = dayWindow(Date.UTC(y, mo, d));
      if (r.end?.isCertain("day"))
        window.end = dayWindow(Date.UTC(r.end.get("year")!, r.end.get("month")! - 1, r.end.get("day")!)).end;
    } else if (c.isCertain("month")) window = monthWindow(y, mo);
    else if (c.isCertain("year")) window = yearWindow(y);
    else continue; // a clock time alone ("в 9 утра") says nothing about the day
    out.push({ phrase: r.text, window });
  }
  return out;
}

/**
 * Time expressions of `text` in language `lang` resolved against `ref` (ms, UTC): our rules
 * first, then chrono for what they did not cover. Empty for English and unknown languages.
 */
export function localTimeMentions(text: string, ref: number, lang: string): LocalMention[] {
  const spec = SPECS[lang];
  const cue = cueOf(lang);
  if (!spec && !cue) return [];
  const t = normalizeText(text, lang);
  if (cue && !cue.test(t)) return [];
  const out: LocalMention[] = [];
  const taken: [number, number][] = [];
  if (spec) {
    let rules = rulesByLang.get(lang);
    if (!rules) {
      rules = buildRules(lang, spec);
      rulesByLang.set(lang, rules);
    }
    for (const rule of rules) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(t); m !== null; m = rule.re.exec(t)) {
        const s = m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && e > a)) continue;
        const w = rule.resolve(m, ref);
        if (!w || !Number.isFinite(w.start) || !Number.isFinite(w.end)) continue;
        taken.push([s, e]);
        out.push({ phrase: m[0], window: w });
      }
    }
  }
  if (CHRONO_LOCALES.has(lang)) {
    for (const m of chronoMentions(text, ref, lang)) {
      const p = normalizeText(m.phrase, lang);
      if (!out.some((o) => o.phrase.includes(p) || p.includes(o.phrase))) out.push(m);
    }
  }
  return out;
}

/** True when `text` has a time word of `lang` (a hint that it can answer "when" questions). */
export function hasLocalTimeCue(text: string, lang: string): boolean {
  const cue = cueOf(lang);
  return cue?.test(normalizeText(text, lang)) ?? false;
}
