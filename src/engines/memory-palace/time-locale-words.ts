/**
 * The words of time expressions per locale, for time-locales.ts: the phrases our rules resolve
 * (days, periods, "N units ago", months, weekdays) and the cue words that gate chrono-node. Written
 * as people type them; they are normalised (see text-language.ts) when the rules are built.
 */

export type Unit = "day" | "week" | "month" | "year";

/** Phrases of one locale, in normalised spelling (lower case; Arabic-form ي and ك for Persian). */
export interface LocaleSpec {
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

export const SPECS: Record<string, LocaleSpec> = {
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
export const CHRONO_LOCALES = new Set(["ru", "uk", "de", "fr", "it", "id", "es", "pt", "ar"]);

/**
 * Time words (or their first letters) per locale. chrono runs only when one of them or a digit is
 * in the text, and they tell whether a memory talks about time at all.
 */
export const TIME_CUES: Record<string, string> = {
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
