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
import type { TimeWindow } from "./types.ts";

const DAY_MS = 86_400_000;

type Unit = "day" | "week" | "month" | "year";

/** Phrases of one locale, in normalised spelling (lower case; Arabic-form ي and ك for Persian). */
interface LocaleSpec {
  /** Phrase -> day offset from the reference ("ayer" -> -1). */
  days: Record<string, number>;
  /** Phrase -> [unit, offset] ("la semana pasada" -> week, -1). */
  periods: Record<string, [Unit, number]>;
  /** "N units ago": a regex source with NUM and UNIT placeholders. */
  ago?: string;
  units: Record<string, Unit>;
  numbers: Record<string, number>;
  /** Month names January first; each also matches with a suffix ("mayısta"). */
  months?: string[];
  /** Weekday names Sunday first, and the words that make them "last …" before or after. */
  weekdays?: string[];
  lastBefore?: string[];
  lastAfter?: string[];
}

const SPECS: Record<string, LocaleSpec> = {
  es: {
    days: { anteayer: -2, "antes de ayer": -2, ayer: -1, hoy: 0, mañana: 1 },
    periods: {
      "la semana pasada": ["week", -1],
      "semana pasada": ["week", -1],
      "el mes pasado": ["month", -1],
      "mes pasado": ["month", -1],
      "el año pasado": ["year", -1],
      "año pasado": ["year", -1],
      "esta semana": ["week", 0],
      "este mes": ["month", 0],
      "este año": ["year", 0],
      "la próxima semana": ["week", 1],
      "la semana que viene": ["week", 1],
      "el próximo mes": ["month", 1],
      "el año que viene": ["year", 1],
    },
    ago: "hace NUM UNIT",
    units: {
      día: "day",
      días: "day",
      semana: "week",
      semanas: "week",
      mes: "month",
      meses: "month",
      año: "year",
      años: "year",
    },
    numbers: {
      un: 1,
      una: 1,
      dos: 2,
      tres: 3,
      cuatro: 4,
      cinco: 5,
      seis: 6,
      siete: 7,
      ocho: 8,
      nueve: 9,
      diez: 10,
      unos: 3,
      unas: 3,
    },
    months: [
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre",
    ],
  },
  pt: {
    days: { anteontem: -2, ontem: -1, hoje: 0, amanhã: 1 },
    periods: {
      "semana passada": ["week", -1],
      "mês passado": ["month", -1],
      "ano passado": ["year", -1],
      "esta semana": ["week", 0],
      "este mês": ["month", 0],
      "este ano": ["year", 0],
      "próxima semana": ["week", 1],
      "semana que vem": ["week", 1],
      "próximo mês": ["month", 1],
      "ano que vem": ["year", 1],
    },
    ago: "(?:há|faz) NUM UNIT|NUM UNIT atrás",
    units: {
      dia: "day",
      dias: "day",
      semana: "week",
      semanas: "week",
      mês: "month",
      meses: "month",
      ano: "year",
      anos: "year",
    },
    numbers: {
      um: 1,
      uma: 1,
      dois: 2,
      duas: 2,
      três: 3,
      quatro: 4,
      cinco: 5,
      seis: 6,
      sete: 7,
      oito: 8,
      nove: 9,
      dez: 10,
      uns: 3,
      umas: 3,
    },
    months: [
      "janeiro",
      "fevereiro",
      "março",
      "abril",
      "maio",
      "junho",
      "julho",
      "agosto",
      "setembro",
      "outubro",
      "novembro",
      "dezembro",
    ],
  },
  de: {
    days: {},
    periods: {},
    units: {},
    numbers: {},
    months: [
      "januar",
      "februar",
      "märz",
      "april",
      "mai",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "dezember",
    ],
  },
  fr: {
    days: {},
    periods: {},
    units: {},
    numbers: {},
    months: [
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre",
    ],
  },
  tr: {
    days: { "evvelsi gün": -2, "önceki gün": -2, dün: -1, bugün: 0, yarın: 1 },
    periods: {
      "geçen hafta": ["week", -1],
      "geçen ay": ["month", -1],
      "geçen yıl": ["year", -1],
      "geçen sene": ["year", -1],
      "bu hafta": ["week", 0],
      "bu ay": ["month", 0],
      "bu yıl": ["year", 0],
      "bu sene": ["year", 0],
      "gelecek hafta": ["week", 1],
      "önümüzdeki hafta": ["week", 1],
      haftaya: ["week", 1],
      "gelecek ay": ["month", 1],
      "gelecek yıl": ["year", 1],
      seneye: ["year", 1],
    },
    ago: "NUM UNIT (?:önce|evvel)",
    units: { gün: "day", hafta: "week", ay: "month", yıl: "year", sene: "year" },
    numbers: {
      bir: 1,
      iki: 2,
      üç: 3,
      dört: 4,
      beş: 5,
      altı: 6,
      yedi: 7,
      sekiz: 8,
      dokuz: 9,
      on: 10,
      birkaç: 3,
    },
    months: [
      "ocak",
      "şubat",
      "mart",
      "nisan",
      "mayıs",
      "haziran",
      "temmuz",
      "ağustos",
      "eylül",
      "ekim",
      "kasım",
      "aralık",
    ],
    weekdays: ["pazar", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi"],
    lastBefore: ["geçen", "geçtiğimiz"],
  },
  fa: {
    days: { پریروز: -2, دیروز: -1, امروز: 0, امشب: 0, فردا: 1 },
    periods: {
      "هفته گذشته": ["week", -1],
      "هفته پیش": ["week", -1],
      "هفته قبل": ["week", -1],
      "ماه گذشته": ["month", -1],
      "ماه پیش": ["month", -1],
      "ماه قبل": ["month", -1],
      "سال گذشته": ["year", -1],
      "سال پیش": ["year", -1],
      "سال قبل": ["year", -1],
      پارسال: ["year", -1],
      "این هفته": ["week", 0],
      "این ماه": ["month", 0],
      امسال: ["year", 0],
      "هفته آینده": ["week", 1],
      "هفته بعد": ["week", 1],
      "ماه آینده": ["month", 1],
      "سال آینده": ["year", 1],
    },
    ago: "NUM UNIT (?:پیش|قبل)",
    units: { روز: "day", هفته: "week", ماه: "month", سال: "year" },
    numbers: { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9, ده: 10, چند: 3 },
    weekdays: ["یکشنبه", "دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"],
    lastAfter: ["گذشته", "پیش", "قبل"],
  },
};

/** Locales chrono parses; the others rely on our rules alone. */
const CHRONO_LOCALES = new Set(["ru", "uk", "de", "fr", "it", "id", "es", "pt", "ar"]);

/**
 * Time words (or their first letters) per locale. chrono runs only when one of them or a digit is
 * in the text, and they tell whether a memory talks about time at all.
 */
const TIME_CUES: Record<string, string> = {
  tr: "dün bugün yarın geçen önce sonra hafta ay yıl sene pazar salı çarşamba perşembe cuma ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
  fa: "دیروز پریروز امروز امشب فردا پیش قبل گذشته آینده هفته ماه سال پارسال امسال شنبه جمعه",
  ru: "вчера позавчера сегодня завтра назад прошл следующ недел месяц год понедельник вторник сред четверг пятниц суббот воскресен январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр",
  uk: "вчора позавчора сьогодні завтра тому минул наступн тижн тиждень місяц рік року понеділ вівтор серед четвер пʼятниц п'ятниц субот неділ січ лют берез квіт трав черв лип серп верес жовт листопад груд",
  de: "gestern vorgestern heute morgen letzt vorig nächst vor woche monat jahr montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august september oktober november dezember",
  fr: "hier aujourd demain dernier dernière prochain semaine mois année an il y a lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
  it: "ieri oggi domani scors prossim settimana mese anno fa lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
  id: "kemarin hari ini besok lalu depan minggu bulan tahun senin selasa rabu kamis jumat sabtu januari februari maret april mei juni juli agustus september oktober november desember",
  es: "ayer anteayer hoy mañana semana mes año hace pasad próxim lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
  pt: "ontem anteontem hoje amanhã semana mês ano há faz atrás passad próxim segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
  ar: "امس اليوم غدا الماضي الماضية القادم القادمة قبل منذ اسبوع شهر سنة عام الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت الاحد يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر",
};

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
  return cue !== null && cue.test(normalizeText(text, lang));
}
